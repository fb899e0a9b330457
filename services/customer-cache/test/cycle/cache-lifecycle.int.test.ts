import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { metricValue } from '@automation-engine/testing';
import {
  startEngineFixture,
  waitForRefresh,
  type EngineFixture,
} from '../support/customer-cache-fixture.js';

let fx: EngineFixture;

beforeAll(async () => {
  fx = await startEngineFixture({ lab: { seed: 23, edges: 60, hosts: 2 } });
}, 60_000);
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fx.clearFaults();
});

/** Makes the next link-status read of a host take `ms` (real time). */
function slowLinkStatus(host: string, ms: number) {
  return fx.fault({
    simulator: 'vco',
    instance: host,
    path: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus',
    action: { kind: 'delay', delayMs: ms },
    times: 1,
  });
}

describe('the cache across builds and restarts', () => {
  it('while the first build runs, requests get "still being built" (202), never a partial cache', async () => {
    await fx.resetCache();
    const [first, second] = fx.hosts as [string, string];
    await slowLinkStatus(second, 1_500);
    const cache = await fx.startCache();
    try {
      const during = await fx.caller.request(customerCacheGet, { filter: {} });
      expect(during).toEqual({
        ok: true,
        status: 202,
        body: `Cache is still being built for host(s): ${first}, ${second}`,
      });
      // the first host is long done when the second is still being read: still nothing served
      await new Promise((resolve) => setTimeout(resolve, 500));
      const meanwhile = await fx.caller.request(customerCacheGet, { filter: { [first]: [] } });
      expect(meanwhile.status).toBe(202);

      await waitForRefresh(cache);
      const after = await fx.caller.request(customerCacheGet, { filter: {} });
      expect(after.status).toBe(200);
    } finally {
      await cache.stop();
    }
  });

  it('after a restart, the last mapping is served from Redis at once, without a refresh', async () => {
    await fx.resetCache();
    const first = await fx.startCache();
    await waitForRefresh(first);
    const before = await fx.caller.request(customerCacheGet, { filter: {} });
    await first.stop();

    // VeloCloud is down now: a refresh could not rebuild anything
    await fx.fault({
      simulator: 'vco',
      path: '/portal/rest/**',
      action: { kind: 'error', status: 500 },
    });
    const started = performance.now();
    const restarted = await fx.startCache();
    const after = await fx.caller.request(customerCacheGet, { filter: {} });
    const elapsedMs = performance.now() - started;

    expect(after).toEqual(before);
    expect(after.status).toBe(200);
    expect(elapsedMs).toBeLessThan(5_000);
    await waitForRefresh(restarted);
    const registry = restarted.service.kit.registry;
    expect(
      await metricValue(registry, 'customer_cache_refreshes_total', { result: 'not_due' }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'customer_cache_refreshes_total', { result: 'refreshed' }),
    ).toBe(0);
  });

  it('a refresh that is due serves the previous cache while it runs, then the new one', async () => {
    await fx.resetCache();
    const first = await fx.startCache();
    await waitForRefresh(first);
    await first.stop();
    const [host] = fx.hosts as [string];
    const stored = await fx.caller.request(customerCacheGet, { filter: { [host]: [] } });
    // make the next refresh due and slow
    await fx.redis.set(`${fx.scope}-next_refresh_date`, '01/01/2000, 00:00:00');
    await slowLinkStatus(host, 1_000);

    const second = await fx.startCache();
    const during = await fx.caller.request(customerCacheGet, { filter: { [host]: [] } });
    expect(second.app.refresh.job.running).toBe(true);
    expect(during).toEqual(stored);
    await waitForRefresh(second);
    expect(await fx.redis.get(`${fx.scope}-next_refresh_date`)).not.toBe('01/01/2000, 00:00:00');
    await second.stop();
  });
});
