import { describe, expect, it } from 'vitest';
import { parseEnv } from '@automation-engine/config';
import { z } from 'zod';
import { serviceEnv } from '../../src/config.js';
import { parseVelocloudCredentials } from '../../src/velocloud-client/parse-velocloud-credentials.js';
import { baseUrlOf, parseBaseUrls } from '../../src/velocloud-client/parse-base-urls.js';

describe('parseVelocloudCredentials', () => {
  it('reads host+user+password blocks separated by ";", in order', () => {
    expect(
      parseVelocloudCredentials('mettel.velocloud.net+ops@x.com+pa55;metvco02.mettel.net+op2+pw2;'),
    ).toEqual([
      { host: 'mettel.velocloud.net', username: 'ops@x.com', password: 'pa55' },
      { host: 'metvco02.mettel.net', username: 'op2', password: 'pw2' },
    ]);
  });

  it('keeps a "+" inside a password', () => {
    expect(parseVelocloudCredentials('h+u+a+b')).toEqual([
      { host: 'h', username: 'u', password: 'a+b' },
    ]);
  });

  it.each([
    ['', 'must name at least one host+user+password'],
    ['host-only', 'block 1 must be host+user+password'],
    ['h+u+p;h2+u2', 'block 2 must be host+user+password'],
    ['h+u+p;h+v+q', 'block 2 repeats host h'],
  ])('refuses %j without echoing secrets', (text, message) => {
    expect(() => parseVelocloudCredentials(text)).toThrow(message);
  });
});

describe('parseBaseUrls', () => {
  it('maps hosts to base URLs without trailing slashes', () => {
    expect(parseBaseUrls('{"a.example": "http://127.0.0.1:8610/"}')).toEqual({
      'a.example': 'http://127.0.0.1:8610',
    });
  });

  it.each(['not json', '[]', '{"a": 3}', '{"a": "ftp://x"}'])('refuses %j', (text) => {
    expect(() => parseBaseUrls(text)).toThrow();
  });

  it('defaults a host without override to https://<host>', () => {
    expect(baseUrlOf('metvco03.mettel.net', {})).toBe('https://metvco03.mettel.net');
    expect(baseUrlOf('a', { a: 'http://lab:1' })).toBe('http://lab:1');
  });
});

describe('serviceEnv', () => {
  const schema = z.object(serviceEnv);

  it('parses the credentials and applies the defaults', () => {
    const config = parseEnv(schema, { VELOCLOUD_CREDENTIALS: 'h+u+p' });
    expect(config).toEqual({
      VELOCLOUD_CREDENTIALS: [{ host: 'h', username: 'u', password: 'p' }],
      VELOCLOUD_BASE_URLS: {},
      VELOCLOUD_TIMEOUT_SECONDS: 30,
      VELOCLOUD_HTTP_RETRIES: 2,
      VELOCLOUD_SESSION_TTL_SECONDS: 82_800,
    });
  });

  it('lists every problem and never echoes the credentials', () => {
    let message = '';
    try {
      parseEnv(schema, { VELOCLOUD_CREDENTIALS: 'secret-host-secret', VELOCLOUD_BASE_URLS: '[' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('VELOCLOUD_CREDENTIALS: block 1 must be host+user+password');
    expect(message).toContain('VELOCLOUD_BASE_URLS: must be a JSON object');
    expect(message).not.toContain('secret-host-secret');
  });
});
