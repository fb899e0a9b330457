import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED_KEYS, redactPaths } from '@automation-engine/observability';
import { captureStream as logSink, type LogLine } from '@automation-engine/testing';

const SECRET = 'S3CR3T-VALUE';

function logOnce(write: (logger: ReturnType<typeof createLogger>) => void) {
  const sink = logSink();
  write(
    createLogger({ service: 's', environment: 'test', version: '0', destination: sink.stream }),
  );
  const [line] = sink.lines();
  expect(sink.raw()).not.toContain(SECRET);
  return line as LogLine;
}

describe('redaction', () => {
  it('censors every listed key at the top level', () => {
    const fields = Object.fromEntries(REDACTED_KEYS.map((key) => [key, SECRET]));
    const line = logOnce((logger) => logger.info(fields, 'top level'));
    for (const key of REDACTED_KEYS) expect(line[key]).toBe('[redacted]');
  });

  it('censors listed keys one and two levels deep', () => {
    const line = logOnce((logger) =>
      logger.info(
        {
          user: { name: 'ana', password: SECRET },
          vendor: { session: { access_token: SECRET, refresh_token: SECRET } },
          nats: { auth: { nkey: SECRET, seed: SECRET } },
        },
        'nested',
      ),
    );
    expect(line.user).toEqual({ name: 'ana', password: '[redacted]' });
    expect(line.vendor).toEqual({
      session: { access_token: '[redacted]', refresh_token: '[redacted]' },
    });
    expect(line.nats).toEqual({ auth: { nkey: '[redacted]', seed: '[redacted]' } });
  });

  it('censors request headers, whatever their case', () => {
    const line = logOnce((logger) =>
      logger.info(
        {
          req: { headers: { authorization: SECRET, cookie: SECRET, host: 'bruin' } },
          res: { headers: { 'set-cookie': SECRET } },
          headers: { Authorization: SECRET, 'x-api-key': SECRET },
        },
        'http',
      ),
    );
    expect(line.req).toEqual({
      headers: { authorization: '[redacted]', cookie: '[redacted]', host: 'bruin' },
    });
    expect(line.res).toEqual({ headers: { 'set-cookie': '[redacted]' } });
    expect(line.headers).toEqual({ Authorization: '[redacted]', 'x-api-key': '[redacted]' });
  });

  it("censors an axios-like error's config.headers.Authorization, auth and body", () => {
    const error = Object.assign(new Error('Request failed with status code 401'), {
      config: {
        url: 'https://bruin/api/ticket',
        headers: { Authorization: `Bearer ${SECRET}`, Accept: 'application/json' },
        auth: { username: 'svc', password: SECRET },
        data: JSON.stringify({ username: 'svc', password: SECRET }),
      },
    });
    const asErr = logOnce((logger) => logger.error({ err: error }, 'vendor call failed'));
    expect(asErr.err).toMatchObject({
      message: 'Request failed with status code 401',
      config: {
        url: 'https://bruin/api/ticket',
        headers: { Authorization: '[redacted]', Accept: 'application/json' },
        auth: '[redacted]',
        data: '[redacted]',
      },
    });
    const direct = logOnce((logger) => logger.error(error, 'vendor call failed'));
    expect(direct.err).toMatchObject({ config: { headers: { Authorization: '[redacted]' } } });
    const plain = logOnce((logger) => logger.error({ config: error.config }, 'as a field'));
    expect(plain.config).toMatchObject({ headers: { Authorization: '[redacted]' } });
  });

  it('censors objects interpolated into the message', () => {
    const line = logOnce((logger) => logger.info('login %o', { password: SECRET }));
    expect(line.msg).toBe('login {"password":"[redacted]"}');
  });

  it('leaves ordinary fields alone', () => {
    const line = logOnce((logger) =>
      logger.info({ edge: { serial: 'VC05200028729', state: 'OFFLINE' } }, 'edge'),
    );
    expect(line.edge).toEqual({ serial: 'VC05200028729', state: 'OFFLINE' });
  });

  it('lists three depths per key plus the axios paths', () => {
    expect(redactPaths).toContain('password');
    expect(redactPaths).toContain('*.password');
    expect(redactPaths).toContain('*.*.password');
    expect(redactPaths).toContain('*.*["set-cookie"]');
    expect(redactPaths).toContain('err.config.headers.Authorization');
    expect(Object.isFrozen(redactPaths)).toBe(true);
  });
});
