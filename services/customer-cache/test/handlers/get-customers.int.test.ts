import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { runService, type RunningService } from '@automation-engine/service-kit';
import { freePort, isolatedScope, metricValue, sharedServers } from '@automation-engine/testing';
import { wireCustomerCache } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';
import { anyEntry } from '../decisions/support.js';

const A = 'mettel.velocloud.net';
const B = 'metvco02.mettel.net';
const scope = isolatedScope('ccget');
let service: RunningService<unknown>;
let caller: Bus;
let redis: Redis;

/** A cache of `count` entries on host A, spread over enterprises 1–4. */
function syntheticCache(count: number) {
  return Array.from({ length: count }, (_, i) =>
    anyEntry({
      serial_number: `VC${String(i).padStart(9, '0')}`,
      edge: {
        host: A,
        enterprise_id: (i % 4) + 1,
        enterprise_name: `E|${String(i % 4)}|`,
        edge_id: i,
      },
    }),
  );
}

beforeAll(async () => {
  const { natsUrl, redisUrl } = sharedServers();
  // the cache lives in its own Redis database; the claim-check in the default one
  const cacheRedisUrl = `${redisUrl.replace(/\/\d+$/, '')}/3`;
  redis = new Redis(cacheRedisUrl);
  // a cache saved earlier, and a refresh not due: the service serves it without any bridge
  await redis.set(`${scope}-${A}`, JSON.stringify(syntheticCache(5_000)));
  await redis.set(`${scope}-next_refresh_date`, '01/01/2999, 00:00:00');
  service = await runService(
    { name: 'customer-cache', env: serviceEnv, start: (kit) => void wireCustomerCache(kit) },
    {
      env: {
        NATS_URL: natsUrl,
        REDIS_URL: redisUrl,
        REDIS_CUSTOMER_CACHE_URL: cacheRedisUrl,
        NATS_SUBJECT_PREFIX: scope,
        ENVIRONMENT_NAME: scope,
        HTTP_PORT: String(await freePort()),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        VELOCLOUD_HOSTS: JSON.stringify([A, B]),
      },
      handleSignals: false,
    },
  );
  caller = await connectBus({
    servers: natsUrl,
    name: 'ccget-caller',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
});
afterAll(async () => {
  await caller.drain();
  await service.stop();
  const keys = await redis.keys(`${scope}-*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('customer.cache.get', () => {
  it('reads the dedicated cache Redis (REDIS_CUSTOMER_CACHE_URL), by enterprise', async () => {
    const reply = await caller.request(customerCacheGet, { filter: { [A]: [2] } });
    expect(reply.status).toBe(200);
    expect(Array.isArray(reply.body) && reply.body.length).toBe(1_250);
  });

  it('answers a cache over 1 MiB through the claim-check', async () => {
    const reply = await caller.request(customerCacheGet, { filter: {} });
    expect(reply.ok && Array.isArray(reply.body) && reply.body.length).toBe(5_000);
  });

  it('202 for a host with nothing cached yet', async () => {
    expect(await caller.request(customerCacheGet, { filter: { [B]: [] } })).toEqual({
      ok: true,
      status: 202,
      body: `Cache is still being built for host(s): ${B}`,
    });
  });

  it('400 without a filter, naming it, and for a last_contact_filter that is no date', async () => {
    const loose = { ...customerCacheGet, request: customerCacheGet.request.partial() };
    const missing = await caller.request(loose, {});
    expect(missing).toMatchObject({ ok: false, status: 400 });
    expect(String(missing.body)).toContain('body.filter');

    const bad = await caller.request(customerCacheGet, { filter: {}, last_contact_filter: 'soon' });
    expect(bad).toEqual({
      ok: false,
      status: 400,
      body: 'last_contact_filter must be a date-time, not "soon"',
    });
  });

  it('did not refresh: the stored next refresh date is in the future', async () => {
    expect(
      await metricValue(service.kit.registry, 'customer_cache_refreshes_total', {
        result: 'not_due',
      }),
    ).toBe(1);
  });
});
