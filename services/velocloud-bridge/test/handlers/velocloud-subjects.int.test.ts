import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  velocloudAlertRequestEventEdge,
  velocloudAlertRequestEventEnterprise,
  velocloudGetLinksMetricInfo,
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestEdgeLinksSeries,
  velocloudRequestEnterprisesEdges,
  velocloudRequestGatewayStatusMetrics,
  velocloudRequestLinksConfiguration,
  velocloudRequestNetworkEnterpriseEdges,
  velocloudRequestNetworkGatewayList,
} from '@automation-engine/contracts/velocloud';
import type { FleetEdge } from '@automation-engine/simulators';
import { startVelocloudFixture, type VelocloudFixture } from '../support/velocloud-fixture.js';

let fx: VelocloudFixture;
let host: string;
let edge: FleetEdge;

beforeAll(async () => {
  fx = await startVelocloudFixture();
  host = fx.hosts[0]!;
  edge = fx.lab.fleet.edges.find((e) => e.host === host && e.activated && e.links.length >= 2)!;
});
afterAll(async () => {
  await fx.close();
});

const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('velocloud subjects against the lab', () => {
  it('get.links.with.edge.info - every link row of the host, tagged with the host', async () => {
    const reply = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const edges = fx.lab.fleet.edges.filter((e) => e.host === host);
    const expectedRows = edges.reduce((sum, e) => sum + Math.max(1, e.links.length), 0);
    expect(reply.body).toHaveLength(expectedRows);
    expect(new Set(reply.body.map((row) => row.host))).toEqual(new Set([host]));
    expect(new Set(reply.body.map((row) => row.edgeSerialNumber))).toEqual(
      new Set(edges.map((e) => e.serial)),
    );
    const row = reply.body.find((r) => r.edgeSerialNumber === edge.serial)!;
    expect(row).toMatchObject({ edgeId: edge.edgeId, enterpriseId: edge.enterpriseId });
  });

  it('get.links.metric.info - link metrics over an interval, link.host added', async () => {
    const now = fx.lab.clock.now();
    const reply = await fx.caller.request(velocloudGetLinksMetricInfo, {
      host,
      interval: { start: iso(now - hour), end: iso(now) },
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.body.length).toBeGreaterThan(0);
    expect(reply.body.every((metric) => metric.link.host === host)).toBe(true);
    expect(reply.body.map((m) => m.linkId)).toEqual(
      expect.arrayContaining(edge.links.map((l) => l.linkId)),
    );
  });

  it('request.enterprises.edges - the edges of an enterprise with links and logical ids', async () => {
    const reply = await fx.caller.request(velocloudRequestEnterprisesEdges, {
      host,
      enterprise_id: edge.enterpriseId,
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const found = reply.body.find((e) => e.id === edge.edgeId)!;
    expect(found.serialNumber).toBe(edge.serial);
    expect(found.links?.map((l) => [l.interface, l.logicalId])).toEqual(
      edge.links.map((l) => [l.interface, l.logicalId]),
    );
  });

  it('request.links.configuration - the WAN links of an edge', async () => {
    const reply = await fx.caller.request(velocloudRequestLinksConfiguration, {
      host,
      enterprise_id: edge.enterpriseId,
      edge_id: edge.edgeId,
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(
      reply.body.map((l) => ({ interfaces: l.interfaces, type: l.type, mode: l.mode })),
    ).toEqual(edge.links.map((l) => ({ interfaces: [l.interface], type: l.type, mode: l.mode })));
  });

  it('request.links.configuration - 404 when the edge has no WAN module', async () => {
    const inactive = fx.lab.fleet.edges.find((e) => e.host === host && !e.activated);
    const target = inactive ?? edge;
    if (inactive === undefined) {
      await fx.fault({
        simulator: 'vco',
        instance: host,
        path: '/portal/rest/edge/getEdgeConfigurationModules',
        action: { kind: 'error', status: 200, body: {} },
        times: 1,
      });
    }
    const reply = await fx.caller.request(velocloudRequestLinksConfiguration, {
      host,
      enterprise_id: target.enterpriseId,
      edge_id: target.edgeId,
      // the original's callers send the enterprise name too; it is ignored
      ...{ enterprise_name: 'whatever' },
    });
    expect(reply).toMatchObject({ ok: false, status: 404 });
    expect(String(reply.body)).toContain('No WAN module was found for edge');
  });

  it('request.links.configuration - 404 when the WAN module has no links', async () => {
    await fx.fault({
      simulator: 'vco',
      instance: host,
      path: '/portal/rest/edge/getEdgeConfigurationModules',
      action: { kind: 'error', status: 200, body: { WAN: { data: { links: [] } } } },
      times: 1,
    });
    const reply = await fx.caller.request(velocloudRequestLinksConfiguration, {
      host,
      enterprise_id: edge.enterpriseId,
      edge_id: edge.edgeId,
    });
    expect(reply).toMatchObject({ ok: false, status: 404 });
    expect(String(reply.body)).toContain('No links configuration was found in WAN module');
  });

  it('request.links.configuration - a VCO 400 is reworded as the original did', async () => {
    const reply = await fx.caller.request(velocloudRequestLinksConfiguration, {
      host,
      enterprise_id: edge.enterpriseId,
      edge_id: 999_999,
    });
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(String(reply.body)).toMatch(/^Got 400 from Velocloud -> .*not found.* for edge /);
  });

  it('request.edge.links.series - the payload is forwarded and the series answered', async () => {
    const now = fx.lab.clock.now();
    const reply = await fx.caller.request(velocloudRequestEdgeLinksSeries, {
      host,
      payload: {
        enterpriseId: edge.enterpriseId,
        edgeId: edge.edgeId,
        interval: { start: now - hour, end: now },
        metrics: ['bytesRx', 'bytesTx'],
      },
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.body.map((s) => s.linkId).sort()).toEqual(edge.links.map((l) => l.linkId).sort());
  });

  it('alert.request.event.edge / .enterprise - events with filter and limit', async () => {
    const iface = edge.links[0]!.interface;
    const control = fx.lab.urls.control;
    const down = await fetch(`${control}/fleet/edges/${edge.serial}/links/${iface}/down`, {
      method: 'POST',
    });
    expect(down.ok).toBe(true);
    await fetch(`${control}/fleet/edges/${edge.serial}/links/${iface}/up`, { method: 'POST' });
    const now = fx.lab.clock.now();
    const window = { start_date: iso(now - hour), end_date: iso(now + hour) };
    const edgeId = { host, enterprise_id: edge.enterpriseId, edge_id: edge.edgeId };

    const all = await fx.caller.request(velocloudAlertRequestEventEdge, {
      edge: edgeId,
      ...window,
    });
    expect(all.ok).toBe(true);
    if (!all.ok) return;
    expect(all.body.map((e) => e.event).sort()).toEqual(['LINK_ALIVE', 'LINK_DEAD']);

    const dead = await fx.caller.request(velocloudAlertRequestEventEdge, {
      edge: edgeId,
      ...window,
      filter: ['LINK_DEAD'],
    });
    expect(dead.ok && dead.body.map((e) => e.message)).toEqual([`Link ${iface} is now DEAD`]);

    const limited = await fx.caller.request(velocloudAlertRequestEventEnterprise, {
      host,
      enterprise_id: edge.enterpriseId,
      ...window,
      limit: 1,
    });
    expect(limited.ok && limited.body).toHaveLength(1);

    const enterprise = await fx.caller.request(velocloudAlertRequestEventEnterprise, {
      host,
      enterprise_id: edge.enterpriseId,
      ...window,
      filter: null,
    });
    expect(enterprise.ok && enterprise.body.every((e) => e.edgeName === edge.name)).toBe(true);
  });

  it('request.network.enterprise.edges - edges of enterprises flattened with host; none → 404', async () => {
    const reply = await fx.caller.request(velocloudRequestNetworkEnterpriseEdges, {
      host,
      enterprise_ids: [edge.enterpriseId],
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.body.every((e) => e.host === host)).toBe(true);
    expect(reply.body.map((e) => e.serialNumber)).toContain(edge.serial);

    const none = await fx.caller.request(velocloudRequestNetworkEnterpriseEdges, {
      host,
      enterprise_ids: [987_654],
    });
    expect(none).toEqual({
      ok: false,
      status: 404,
      body: `No edges found for host ${host} and enterprise ids [987654]`,
    });
  });

  it('request.network.gateway.list / request.gateway.status.metrics - gateways and their metrics', async () => {
    const gateways = await fx.caller.request(velocloudRequestNetworkGatewayList, { host });
    expect(gateways.ok).toBe(true);
    if (!gateways.ok) return;
    expect(gateways.body.length).toBeGreaterThan(0);
    const gateway = gateways.body[0]!;
    expect(gateway.host).toBe(host);
    expect(gateway.status).toBe('CONNECTED');
    const labGateway = fx.lab.fleet.gateways.find((g) => g.host === host && g.id === gateway.id);
    expect(gateway.name).toBe(labGateway?.name);

    const now = fx.lab.clock.now();
    const metrics = await fx.caller.request(velocloudRequestGatewayStatusMetrics, {
      host,
      gateway_id: gateway.id,
      interval: { start: iso(now - hour), end: iso(now) },
      metrics: ['tunnelCount'],
    });
    expect(metrics.ok && Object.keys(metrics.body)).toEqual(['tunnelCount']);

    const unknown = await fx.caller.request(velocloudRequestGatewayStatusMetrics, {
      host,
      gateway_id: 424_242,
      interval: { start: iso(now - hour), end: iso(now) },
      metrics: ['tunnelCount'],
    });
    expect(unknown).toMatchObject({ ok: false, status: 400 });
    expect(String(unknown.body)).toMatch(
      /^Got 400 from Velocloud -> .* for gateway 424242 and host /,
    );
  });

  it('answers 400 naming the field when the body breaks the contract, and for an unknown host', async () => {
    const bad = await fx.caller.request(
      {
        ...velocloudGetLinksWithEdgeInfo,
        request: velocloudGetLinksWithEdgeInfo.request.partial(),
      },
      {},
    );
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(String(bad.body)).toContain('body.host');

    const unknown = await fx.caller.request(velocloudGetLinksWithEdgeInfo, {
      host: 'nowhere.example',
    });
    expect(unknown).toMatchObject({ ok: false, status: 400 });
    expect(String(unknown.body)).toContain('unknown VeloCloud host nowhere.example');
  });
});
