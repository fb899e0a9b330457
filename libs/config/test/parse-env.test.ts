import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  envInt,
  envPort,
  envString,
  envUrl,
  parseEnv,
} from '@automation-engine/config';

const schema = z.object({
  NATS_URL: envUrl({ protocols: ['nats'] }),
  HTTP_PORT: envPort(),
  TIMEOUT_MS: envInt({ min: 1 }).default(5000),
  REGION: envString().optional(),
});

function problemsOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnv', () => {
  it('returns typed values with defaults applied and unknown variables dropped', () => {
    const config = parseEnv(schema, {
      NATS_URL: 'nats://localhost:4222',
      HTTP_PORT: '8080',
      PATH: '/usr/bin',
    });
    expect(config).toEqual({
      NATS_URL: 'nats://localhost:4222',
      HTTP_PORT: 8080,
      TIMEOUT_MS: 5000,
    });
  });

  it('lists every bad variable at once', () => {
    const error = problemsOf(() =>
      parseEnv(schema, { NATS_URL: 'http://x', HTTP_PORT: 'abc', TIMEOUT_MS: '0' }),
    );
    expect(error.problems).toEqual([
      { variable: 'NATS_URL', message: 'must be a URL with protocol nats:', received: 'http://x' },
      { variable: 'HTTP_PORT', message: 'must be an integer between 1 and 65535', received: 'abc' },
      { variable: 'TIMEOUT_MS', message: 'must be an integer >= 1', received: '0' },
    ]);
  });

  it('says "required" for a missing variable and echoes nothing', () => {
    const error = problemsOf(() => parseEnv(schema, { HTTP_PORT: '80' }));
    expect(error.problems).toEqual([{ variable: 'NATS_URL', message: 'required' }]);
  });

  it('writes a readable multi-line message', () => {
    const error = problemsOf(() => parseEnv(schema, { HTTP_PORT: '70000' }));
    expect(error.message).toBe(
      [
        'Invalid configuration (2 problems):',
        '  - NATS_URL: required',
        '  - HTTP_PORT: must be an integer between 1 and 65535 (received "70000")',
      ].join('\n'),
    );
    expect(error.name).toBe('ConfigError');
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it('counts a single problem in the singular', () => {
    const error = problemsOf(() => parseEnv(schema, { NATS_URL: 'nats://a' }));
    expect(error.message.split('\n')[0]).toBe('Invalid configuration (1 problem):');
  });

  it('treats a blank variable as unset, so defaults and optionals apply', () => {
    const config = parseEnv(schema, {
      NATS_URL: 'nats://a',
      HTTP_PORT: '1',
      TIMEOUT_MS: '',
      REGION: '  ',
    });
    expect(config).toEqual({ NATS_URL: 'nats://a', HTTP_PORT: 1, TIMEOUT_MS: 5000 });
  });

  it('reports a blank required variable as required and shows what it received', () => {
    const error = problemsOf(() => parseEnv(schema, { NATS_URL: '', HTTP_PORT: '1' }));
    expect(error.problems).toEqual([{ variable: 'NATS_URL', message: 'required', received: '' }]);
  });

  it('never echoes the value of a secret-looking variable', () => {
    const secrets = z.object({
      BRUIN_CLIENT_SECRET: envInt(),
      SMTP_PASSWORD: envString().regex(/^x/, 'hunter22 is not allowed'),
      NATS_NKEY_SEED: envInt(),
      API_TOKEN: envInt(),
    });
    const error = problemsOf(() =>
      parseEnv(secrets, {
        BRUIN_CLIENT_SECRET: 'top-secret',
        SMTP_PASSWORD: 'hunter22',
        NATS_NKEY_SEED: 'SUAB',
        API_TOKEN: 'tok-123',
      }),
    );
    expect(error.problems.map((p) => p.received)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    for (const value of ['top-secret', 'hunter22', 'SUAB', 'tok-123']) {
      expect(error.message).not.toContain(value);
    }
    expect(error.problems[1]?.message).toBe('[redacted] is not allowed');
  });

  it('joins several messages about one variable', () => {
    const strict = z.object({
      NAME: envString().min(5, 'too short').regex(/^a/, 'must start with a'),
    });
    const error = problemsOf(() => parseEnv(strict, { NAME: 'bcd' }));
    expect(error.problems).toEqual([
      { variable: 'NAME', message: 'too short; must start with a', received: 'bcd' },
    ]);
  });

  it('names a rule about the whole environment "(environment)"', () => {
    const whole = z
      .object({ A: envString().optional(), B: envString().optional() })
      .refine((env) => env.A !== undefined || env.B !== undefined, 'set A or B');
    const error = problemsOf(() => parseEnv(whole, {}));
    expect(error.problems).toEqual([{ variable: '(environment)', message: 'set A or B' }]);
  });

  it('reads process.env when no environment is given', () => {
    process.env.PARSE_ENV_TEST_VALUE = '42';
    try {
      expect(parseEnv(z.object({ PARSE_ENV_TEST_VALUE: envInt() }))).toEqual({
        PARSE_ENV_TEST_VALUE: 42,
      });
    } finally {
      delete process.env.PARSE_ENV_TEST_VALUE;
    }
  });
});
