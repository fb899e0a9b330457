import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import { metricValue } from '@automation-engine/testing';
import type { FleetEdge } from '@automation-engine/simulators';
import { zoneOffsetHours } from '../../src/decisions/zone-offset-hours.js';
import {
  startEngineFixture,
  waitForRefresh,
  type EngineFixture,
  type RunningCache,
} from '../support/customer-cache-fixture.js';

let fx: EngineFixture;
let cache: RunningCache;
let entries: CustomerCacheEntry[];

const MONITORABLE = ['Active – Gold Monitoring', 'Active – Platinum Monitoring', 'Pending'];

beforeAll(async () => {
  fx = await startEngineFixture({ lab: { seed: 17, edges: 1_200, hosts: 2 } });
  cache = await fx.startCache({ BRUIN_CONCURRENCY: '8' });
  await waitForRefresh(cache);
  const reply = await fx.caller.request(customerCacheGet, { filter: {} });
  if (!reply.ok || !Array.isArray(reply.body))
    throw new Error(`no cache: ${JSON.stringify(reply)}`);
  entries = reply.body;
}, 120_000);
afterAll(async () => {
  await fx.close();
});

function cacheable(edge: FleetEdge): boolean {
  const state = fx.lab.context.runtime.edge(edge).edgeState;
  return (
    state !== null && state !== 'NEVER_ACTIVATED' && MONITORABLE.includes(edge.managementStatus)
  );
}

describe('a refresh over 1,200 edges on 2 hosts', () => {
  it('caches exactly the monitorable edges of the fleet, plus one entry per HA standby', () => {
    const expected = fx.lab.fleet.edges.filter(cacheable);
    const standbys = expected.flatMap((edge) => (edge.ha === null ? [] : [edge.ha.serial]));
    expect(entries).toHaveLength(expected.length + standbys.length);
    expect(new Set(entries.map((e) => e.serial_number))).toEqual(
      new Set([...expected.map((e) => e.serial), ...standbys]),
    );
    expect(cache.app.refresh.job.lastRun?.outcome).toBe('succeeded');
  });

  it('spot-checks entries against the lab fleet: edge, client, site, links and contacts', () => {
    const { index } = fx.lab.fleet;
    const sample = fx.lab.fleet.edges.filter(cacheable).filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(5);
    const now = new Date();
    for (const edge of sample) {
      const entry = entries.find((e) => e.serial_number === edge.serial)!;
      const client = index.clientById.get(edge.clientId)!;
      const site = index.siteById.get(edge.siteId)!;
      const enterprise = fx.lab.fleet.enterprises.find(
        (e) => e.host === edge.host && e.enterpriseId === edge.enterpriseId,
      )!;
      expect(entry.edge).toEqual({
        host: edge.host,
        enterprise_id: edge.enterpriseId,
        enterprise_name: enterprise.name,
        edge_id: edge.edgeId,
      });
      expect(entry.edge_name).toBe(edge.name);
      expect(entry.ha_serial_number).toBe(edge.ha?.serial ?? null);
      expect(entry.bruin_client_info).toEqual({
        client_id: client.clientId,
        client_name: client.clientName,
        site_id: site.siteId,
      });
      expect(entry.site_details.siteID).toBe(String(site.siteId));
      expect(entry.site_details.tzOffset).toBe(
        site.timeZone === null
          ? entry.site_details.tzOffset // zip-derived: checked by the decision tests
          : zoneOffsetHours(`US/${site.timeZone}`, now),
      );
      expect(entry.logical_ids).toEqual(
        edge.links.map((link) => ({
          interface_name: link.interface,
          logical_id: link.logicalId,
          access_type: link.circuit.accessType,
          service_number: link.circuit.serviceNumber,
        })),
      );
      expect(entry.links_configuration).toEqual(
        edge.links.map((link) => ({
          interfaces: [link.interface],
          mode: link.mode,
          type: link.type,
        })),
      );
      expect(entry.ticket_contact_details?.email).toBe(client.contacts[0]?.email);
      expect(entry.ticket_contact_additional_subscribers?.map((c) => c.email)).toEqual(
        client.contacts.slice(1).map((c) => c.email),
      );
    }
  });

  it('an HA standby has its own entry with the serials swapped', () => {
    const pair = fx.lab.fleet.edges.find((edge) => edge.ha !== null && cacheable(edge))!;
    const standby = entries.find((e) => e.serial_number === pair.ha!.serial)!;
    expect(standby.ha_serial_number).toBe(pair.serial);
    expect(standby.edge.edge_id).toBe(pair.edgeId);
  });

  it('stores under the original keys, with the next refresh date in the original format', async () => {
    const store = cache.app.store;
    const redis = await store.caches(fx.hosts);
    expect(Object.values(redis).flat()).toHaveLength(entries.length);
    expect(store.cacheKey(fx.hosts[0]!)).toBe(`${fx.scope}-${fx.hosts[0]!}`);
    expect(await store.nextRefreshDate()).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}$/);
  });

  it('reports progress in metrics: edges by outcome, duration, last success', async () => {
    const registry = cache.service.kit.registry;
    const cached = await metricValue(registry, 'customer_cache_refresh_edges_total', {
      outcome: 'cached',
    });
    const invalid = await metricValue(registry, 'customer_cache_refresh_edges_total', {
      outcome: 'invalid',
    });
    const withoutHa = entries.filter((e) => fx.lab.fleet.index.edgeBySerial.has(e.serial_number));
    expect(cached).toBe(withoutHa.length);
    expect(invalid).toBeGreaterThan(0); // Inactive edges
    expect(
      await metricValue(registry, 'customer_cache_last_successful_refresh_timestamp_seconds'),
    ).toBeGreaterThan(0);
    expect(
      await metricValue(registry, 'customer_cache_refreshes_total', { result: 'refreshed' }),
    ).toBe(1);
    expect(await metricValue(registry, 'customer_cache_edges', { host: fx.hosts[0]! })).toBe(
      entries.filter((e) => e.edge.host === fx.hosts[0]).length,
    );
  });

  it('mails a snapshot per host and reports duplicate inventories', () => {
    const subjects = fx.emails.map((mail) => mail.subject);
    for (const host of fx.hosts) {
      expect(
        subjects.some((s) =>
          s.startsWith(`Customer cache snapshots. Environment: ${fx.scope}. Host: ${host}.`),
        ),
      ).toBe(true);
    }
  });

  it('customer.cache.get - filters by host and enterprise', async () => {
    const [first, second] = fx.hosts as [string, string];
    const byHost = await fx.caller.request(customerCacheGet, { filter: { [second]: [] } });
    expect(
      byHost.ok && Array.isArray(byHost.body) && byHost.body.every((e) => e.edge.host === second),
    ).toBe(true);

    const enterpriseId = entries.find((e) => e.edge.host === first)!.edge.enterprise_id;
    const byEnterprise = await fx.caller.request(customerCacheGet, {
      filter: { [first]: [enterpriseId] },
    });
    expect(byEnterprise.ok).toBe(true);
    expect(byEnterprise.body).toEqual(
      entries.filter((e) => e.edge.host === first && e.edge.enterprise_id === enterpriseId),
    );
  });

  it('customer.cache.get - last_contact_filter keeps later contacts; 404 when none; 202 for nothing cached', async () => {
    const past = await fx.caller.request(customerCacheGet, {
      filter: {},
      last_contact_filter: '2000-01-01 00:00:00+00:00',
    });
    expect(past.ok && Array.isArray(past.body) && past.body.length).toBe(entries.length);

    const future = await fx.caller.request(customerCacheGet, {
      filter: {},
      last_contact_filter: '2999-01-01T00:00:00Z',
    });
    expect(future).toMatchObject({ ok: false, status: 404 });
    expect(String(future.body)).toContain('No edges were found for the specified filters');

    const none = await fx.caller.request(customerCacheGet, { filter: { 'other.example': [] } });
    expect(none).toEqual({
      ok: true,
      status: 202,
      body: 'Cache is still being built for host(s): other.example',
    });
  });
});
