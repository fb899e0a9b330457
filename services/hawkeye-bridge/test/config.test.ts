import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hawkeyeBridgeSettings, serviceEnv } from '../src/config.js';
import { sessionCookieOf } from '../src/hawkeye-client/session-cookie.js';
import { mapLimited } from '../src/handlers/map-limited.js';

describe('hawkeye-bridge config', () => {
  const schema = z.object(serviceEnv);

  it('has defaults for everything but the vendor endpoint and credentials', () => {
    const config = schema.parse({
      HAWKEYE_BASE_URL: 'https://ixia.example/api/',
      HAWKEYE_USERNAME: 'ops',
      HAWKEYE_PASSWORD: 'secret',
    });
    expect(hawkeyeBridgeSettings(config)).toEqual({
      baseUrl: 'https://ixia.example/api',
      username: 'ops',
      password: 'secret',
      timeoutMs: 15_000,
      retries: 4,
      retryBaseDelayMs: 500,
      detailConcurrency: 8,
      concurrency: 8,
    });
  });

  it('refuses a missing URL or credentials', () => {
    expect(schema.safeParse({}).success).toBe(false);
  });
});

describe('sessionCookieOf', () => {
  it.each([
    [['PHPSESSID=abc; Path=/; HttpOnly'], 'PHPSESSID=abc'],
    ['other=1; Path=/', undefined],
    [['other=1', 'PHPSESSID=x'], 'PHPSESSID=x'],
    [undefined, undefined],
  ])('%j → %s', (header, cookie) => {
    expect(sessionCookieOf(header)).toBe(cookie);
  });
});

describe('mapLimited', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimited([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });

  it('answers [] for no items', async () => {
    expect(await mapLimited([], 3, () => Promise.resolve(1))).toEqual([]);
  });
});
