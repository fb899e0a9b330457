import { parseEnv } from '@automation-engine/config';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { driBridgeSettings, serviceEnv } from '../src/config.js';

describe('dri-bridge config', () => {
  const schema = z.object(serviceEnv);

  it('has defaults for everything but the vendor endpoint and credentials', () => {
    const config = schema.parse({
      DRI_BASE_URL: 'https://dri.example/',
      DRI_USERNAME: 'ops@example',
      DRI_PASSWORD: 'secret',
    });
    expect(driBridgeSettings(config)).toEqual({
      baseUrl: 'https://dri.example',
      username: 'ops@example',
      password: 'secret',
      taskIdTtlMs: 300_000,
      pollIntervalMs: 2_000,
      maxWaitMs: 60_000,
      timeoutMs: 20_000,
      retries: 2,
      retryBaseDelayMs: 500,
      concurrency: 32,
    });
  });

  it('refuses a missing URL or credentials', () => {
    expect(schema.safeParse({}).success).toBe(false);
    expect(typeof parseEnv).toBe('function');
  });
});
