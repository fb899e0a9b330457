import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConfigError, envUrl, parseEnv } from '@automation-engine/config';
import {
  papertrailEnvSchema,
  papertrailFromConfig,
  papertrailFromEnv,
} from '@automation-engine/observability';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('papertrailFromEnv', () => {
  it('is off when PAPERTRAIL_ACTIVE is unset or false', () => {
    expect(papertrailFromEnv({})).toBeUndefined();
    expect(papertrailFromEnv({ PAPERTRAIL_ACTIVE: 'false', PAPERTRAIL_HOST: 'x' })).toBeUndefined();
  });

  it('gives host, port and prefix when active', () => {
    expect(
      papertrailFromEnv({
        PAPERTRAIL_ACTIVE: 'true',
        PAPERTRAIL_HOST: 'logs.papertrailapp.com',
        PAPERTRAIL_PORT: '12345',
        PAPERTRAIL_PREFIX: 'prod-bruin-bridge',
      }),
    ).toEqual({ host: 'logs.papertrailapp.com', port: 12345, prefix: 'prod-bruin-bridge' });
    expect(
      papertrailFromEnv({ PAPERTRAIL_ACTIVE: 'yes', PAPERTRAIL_HOST: 'h', PAPERTRAIL_PORT: '1' }),
    ).toEqual({ host: 'h', port: 1 });
  });

  it('names HOST and PORT when active without them', () => {
    expect(problemsOf(() => papertrailFromEnv({ PAPERTRAIL_ACTIVE: 'true' }))).toEqual([
      { variable: 'PAPERTRAIL_HOST', message: 'required when PAPERTRAIL_ACTIVE is true' },
      { variable: 'PAPERTRAIL_PORT', message: 'required when PAPERTRAIL_ACTIVE is true' },
    ]);
  });

  it('reports a bad port once, not also as missing', () => {
    const problems = problemsOf(() =>
      papertrailFromEnv({ PAPERTRAIL_ACTIVE: 'true', PAPERTRAIL_HOST: 'h', PAPERTRAIL_PORT: 'x' }),
    );
    expect(problems).toEqual([
      {
        variable: 'PAPERTRAIL_PORT',
        message: 'must be an integer between 1 and 65535',
        received: 'x',
      },
    ]);
  });

  it('does not guess HOST and PORT are needed when ACTIVE itself is bad', () => {
    expect(problemsOf(() => papertrailFromEnv({ PAPERTRAIL_ACTIVE: 'on' }))).toEqual([
      {
        variable: 'PAPERTRAIL_ACTIVE',
        message: 'must be one of true, false, 1, 0, yes, no',
        received: 'on',
      },
    ]);
  });

  it("merges into a service's schema and reports every problem at once", () => {
    const schema = papertrailEnvSchema.extend({ NATS_URL: envUrl({ protocols: ['nats'] }) });
    expect(
      problemsOf(() => parseEnv(schema, { PAPERTRAIL_ACTIVE: '1', PAPERTRAIL_PORT: '9' })),
    ).toEqual([
      { variable: 'NATS_URL', message: 'required' },
      { variable: 'PAPERTRAIL_HOST', message: 'required when PAPERTRAIL_ACTIVE is true' },
    ]);
    const config = parseEnv(schema, { NATS_URL: 'nats://n:4222' });
    expect(papertrailFromConfig(config)).toBeUndefined();
    expect(z.object(papertrailEnvSchema.shape).parse({}).PAPERTRAIL_ACTIVE).toBe(false);
  });

  it('reads process.env by default', () => {
    expect(papertrailFromEnv()).toBe(
      process.env.PAPERTRAIL_ACTIVE === undefined ? undefined : papertrailFromEnv(process.env),
    );
  });
});
