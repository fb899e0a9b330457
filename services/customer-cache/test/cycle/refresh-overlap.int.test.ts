import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { metricValue } from '@automation-engine/testing';
import {
  startEngineFixture,
  waitForRefresh,
  type EngineFixture,
} from '../support/customer-cache-fixture.js';

let fx: EngineFixture;

beforeAll(async () => {
  fx = await startEngineFixture({ lab: { seed: 29, edges: 60, hosts: 2 } });
}, 60_000);
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fx.clearFaults();
});

function slowLinkStatus(ms: number) {
  return fx.fault({
    simulator: 'vco',
    path: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus',
    action: { kind: 'delay', delayMs: ms },
    times: 2,
  });
}

describe('refreshes never overlap', () => {
  it('in one process - a check while a refresh runs is skipped', async () => {
    await fx.resetCache();
    await slowLinkStatus(800);
    const cache = await fx.startCache();
    try {
      const job = cache.app.refresh.job;
      expect(job.running).toBe(true);
      expect(await job.runNow()).toBe('skipped');
      await waitForRefresh(cache);
      const registry = cache.service.kit.registry;
      expect(await metricValue(registry, 'scheduled_job_skipped_runs_total')).toBe(1);
      expect(
        await metricValue(registry, 'customer_cache_refreshes_total', { result: 'refreshed' }),
      ).toBe(1);
    } finally {
      await cache.stop();
    }
  });

  it('across replicas - the one holding the Redis lock refreshes, the other does not', async () => {
    await fx.resetCache();
    await slowLinkStatus(800);
    const [one, two] = await Promise.all([fx.startCache(), fx.startCache()]);
    try {
      await Promise.all([waitForRefresh(one), waitForRefresh(two)]);
      const results = await Promise.all(
        [one, two].map(async (cache) => ({
          refreshed: await metricValue(
            cache.service.kit.registry,
            'customer_cache_refreshes_total',
            { result: 'refreshed' },
          ),
          locked: await metricValue(cache.service.kit.registry, 'customer_cache_refreshes_total', {
            result: 'locked',
          }),
        })),
      );
      expect(results.map((r) => r.refreshed).sort()).toEqual([0, 1]);
      expect(results.map((r) => r.locked).sort()).toEqual([0, 1]);
      expect(await fx.redis.exists(`${fx.scope}-refresh_lock`)).toBe(0);
      // one snapshot mail per host: a single refresh ran
      expect(
        fx.emails.filter((mail) => mail.subject.startsWith('Customer cache snapshots')),
      ).toHaveLength(2);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
