import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** The shared servers of this test run, as the global setup found or started them. */
export function sharedServers(): { natsUrl: string; redisUrl: string } {
  return { natsUrl: inject('natsUrl'), redisUrl: inject('redisUrl') };
}

/**
 * A name no other test file uses, to prefix subjects, queue groups and Redis keys, so test files
 * sharing one NATS and one Redis never see each other's traffic.
 */
export function isolatedScope(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}`;
}
