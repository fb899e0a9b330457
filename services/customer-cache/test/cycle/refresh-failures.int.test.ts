import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import { metricValue } from '@automation-engine/testing';
import {
  startEngineFixture,
  waitForRefresh,
  type EngineFixture,
} from '../support/customer-cache-fixture.js';

let fx: EngineFixture;

beforeAll(async () => {
  fx = await startEngineFixture({ lab: { seed: 31, edges: 80, hosts: 2 } });
}, 60_000);
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fx.clearFaults();
});

async function cached(filter: Record<string, number[]> = {}): Promise<CustomerCacheEntry[]> {
  const reply = await fx.caller.request(customerCacheGet, { filter });
  return reply.ok && Array.isArray(reply.body) ? reply.body : [];
}

describe('refresh failures', () => {
  it('one VCO host failing - the others are cached, it keeps its stored cache, Slack hears of it', async () => {
    await fx.resetCache();
    const [first, second] = fx.hosts as [string, string];
    const initial = await fx.startCache();
    await waitForRefresh(initial);
    const storedSecond = await cached({ [second]: [] });
    await initial.stop();
    expect(storedSecond.length).toBeGreaterThan(0);

    await fx.redis.set(`${fx.scope}-next_refresh_date`, '01/01/2000, 00:00:00');
    await fx.fault({
      simulator: 'vco',
      instance: second,
      path: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus',
      action: { kind: 'error', status: 500 },
    });
    const cache = await fx.startCache();
    await waitForRefresh(cache);
    expect(cache.app.refresh.job.lastRun?.outcome).toBe('succeeded');
    expect(await cached({ [second]: [] })).toEqual(storedSecond);
    expect((await cached({ [first]: [] })).length).toBeGreaterThan(0);
    expect(
      fx.slack.some((m) =>
        m.startsWith('[customer-cache] Error while retrieving edges links of host ' + second),
      ),
    ).toBe(true);
    await cache.stop();
  });

  it('Bruin failing for some lookups - those edges are skipped, not dropped as invalid', async () => {
    await fx.resetCache();
    await fx.fault({
      simulator: 'bruin',
      method: 'GET',
      path: '/api/Inventory/Attribute',
      action: { kind: 'error', status: 500 },
      times: 5,
    });
    const cache = await fx.startCache();
    await waitForRefresh(cache);
    const registry = cache.service.kit.registry;
    expect(
      await metricValue(registry, 'customer_cache_refresh_edges_total', { outcome: 'skipped' }),
    ).toBe(5);
    expect(fx.slack.filter((m) => m.includes('getting inventory attributes'))).toHaveLength(5);
    await cache.stop();
  });

  it('an edge Bruin no longer knows is removed from the stored cache on the next refresh', async () => {
    await fx.resetCache();
    const first = await fx.startCache();
    await waitForRefresh(first);
    const victim = (await cached())[0]!;
    await first.stop();

    await fx.redis.set(`${fx.scope}-next_refresh_date`, '01/01/2000, 00:00:00');
    await fx.fault({
      simulator: 'bruin',
      method: 'GET',
      path: '/api/Inventory',
      query: { ServiceNumber: victim.serial_number },
      action: { kind: 'error', status: 200, body: { documents: [] } },
    });
    const second = await fx.startCache();
    await waitForRefresh(second);
    const after = await cached();
    expect(
      after.some((e) => e.edge.edge_id === victim.edge.edge_id && e.edge.host === victim.edge.host),
    ).toBe(false);
    await second.stop();
  });

  it('Bruin not answering on a first build - no host is left without cache: retried until it answers', async () => {
    await fx.resetCache();
    await fx.fault({
      simulator: 'bruin',
      method: 'GET',
      path: '/api/**',
      action: { kind: 'error', status: 503 },
    });
    const cache = await fx.startCache({
      REFRESH_RETRY_MIN_SECONDS: '0',
      REFRESH_RETRY_MAX_SECONDS: '1',
    });
    const registry = cache.service.kit.registry;
    await expect
      .poll(() => metricValue(registry, 'customer_cache_refreshes_total', { result: 'failed' }), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    expect(await cached()).toEqual([]);
    expect(
      (await fx.caller.request(customerCacheGet, { filter: {} })).status,
      'still being built',
    ).toBe(202);
    await fx.clearFaults();
    await expect
      .poll(
        () => metricValue(registry, 'customer_cache_refreshes_total', { result: 'refreshed' }),
        { timeout: 20_000 },
      )
      .toBe(1);
    expect((await cached()).length).toBeGreaterThan(0);
    expect(cache.app.refresh.consecutiveFailures).toBe(0);
    await cache.stop();
  });

  it('no edge at all - retried after a random wait; from the 10th failure in a row Slack is alerted', async () => {
    await fx.resetCache();
    await fx.fault({
      simulator: 'vco',
      path: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus',
      action: { kind: 'error', status: 500 },
      times: 2 * 11,
    });
    const cache = await fx.startCache({
      REFRESH_RETRY_MIN_SECONDS: '0',
      REFRESH_RETRY_MAX_SECONDS: '0',
    });
    const registry = cache.service.kit.registry;
    await expect
      .poll(
        () => metricValue(registry, 'customer_cache_refreshes_total', { result: 'refreshed' }),
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    expect(
      await metricValue(registry, 'customer_cache_refreshes_total', { result: 'failed' }),
    ).toBe(11);
    const alerts = fx.slack.filter((m) => m.includes('Too many consecutive failures'));
    expect(alerts).toHaveLength(2); // the 10th and the 11th
    expect(cache.app.refresh.consecutiveFailures).toBe(0);
    expect((await cached()).length).toBeGreaterThan(0);
    await cache.stop();
  });
});
