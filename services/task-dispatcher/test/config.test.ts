import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv } from '@automation-engine/config';
import { serviceEnv } from '../src/config.js';

const load = (env: Record<string, string>) => parseEnv(z.object(serviceEnv), env);

describe('task-dispatcher configuration', () => {
  it("defaults to the original's production values", () => {
    const config = load({});
    expect(config.DISPATCH_INTERVAL_SECONDS).toBe(60);
    expect(config.DISPATCH_TTL_SECONDS).toBe(21_600);
    expect(config.DISPATCH_CONCURRENCY).toBe(5);
    expect(config.REDIS_TASK_DISPATCHER_URL).toBeUndefined();
  });

  it('reads the variables', () => {
    const config = load({
      DISPATCH_INTERVAL_SECONDS: '30',
      DISPATCH_TTL_SECONDS: '3600',
      DISPATCH_CONCURRENCY: '8',
      REDIS_TASK_DISPATCHER_URL: 'redis://forwards:6379',
    });
    expect(config).toMatchObject({
      DISPATCH_INTERVAL_SECONDS: 30,
      DISPATCH_TTL_SECONDS: 3600,
      DISPATCH_CONCURRENCY: 8,
      REDIS_TASK_DISPATCHER_URL: 'redis://forwards:6379',
    });
  });

  it.each([
    ['DISPATCH_INTERVAL_SECONDS', '0'],
    ['DISPATCH_TTL_SECONDS', '-1'],
    ['DISPATCH_CONCURRENCY', '100'],
    ['REDIS_TASK_DISPATCHER_URL', 'http://nope'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => load({ [name]: value })).toThrow(name);
  });
});
