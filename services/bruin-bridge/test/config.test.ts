import { ConfigError, parseEnv } from '@automation-engine/config';
import { serviceEnvSchema } from '@automation-engine/service-kit';
import { describe, expect, it } from 'vitest';
import { bruinBridgeSettings, serviceEnv } from '../src/config.js';

const schema = serviceEnvSchema(serviceEnv);
const required = {
  BRUIN_BASE_URL: 'https://api.bruin.example/',
  BRUIN_CLIENT_ID: 'id',
  BRUIN_CLIENT_SECRET: 'secret',
  IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
};

describe('bruin-bridge config', () => {
  it('defaults the login URL to the base URL and the HTTP behaviour to sane values', () => {
    const settings = bruinBridgeSettings(parseEnv(schema, required));
    expect(settings).toEqual({
      baseUrl: 'https://api.bruin.example',
      loginUrl: 'https://api.bruin.example',
      clientId: 'id',
      clientSecret: 'secret',
      ipaSystemUsername: 'Intelygenz Ai',
      timeoutMs: 20_000,
      retries: 2,
      retryBaseDelayMs: 500,
      concurrency: 32,
    });
    expect(Object.isFrozen(settings)).toBe(true);
  });

  it('reads a separate login URL and the tuning variables', () => {
    const settings = bruinBridgeSettings(
      parseEnv(schema, {
        ...required,
        BRUIN_LOGIN_URL: 'https://id.bruin.example',
        BRUIN_TIMEOUT_MS: '1000',
        BRUIN_RETRIES: '0',
        BRUIN_CONCURRENCY: '4',
      }),
    );
    expect(settings).toMatchObject({
      loginUrl: 'https://id.bruin.example',
      timeoutMs: 1000,
      retries: 0,
      concurrency: 4,
    });
  });

  it('lists every missing or bad variable at once', () => {
    let error: unknown;
    try {
      parseEnv(schema, { BRUIN_BASE_URL: 'api.bruin.example', BRUIN_RETRIES: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
      'BRUIN_BASE_URL',
      'BRUIN_CLIENT_ID',
      'BRUIN_CLIENT_SECRET',
      'BRUIN_RETRIES',
      'IPA_SYSTEM_USERNAME_IN_BRUIN',
    ]);
  });
});
