import type {
  VcoEdge,
  VcoEdgeLinkStatusRow,
  VcoEventsResponse,
  VcoLinkMetric,
  VcoLinkSeriesResponse,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, pickEdge, T0, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edge: FleetEdge;
const MIN = 60_000;

beforeEach(() => {
  lab = labFixture({ edges: 60, haRatio: 0.3 });
  edge = pickEdge(lab.ctx.fleet.edges, (e) => e.links.length >= 2 && e.ha !== null);
});
afterEach(async () => {
  await lab.close();
});

const iso = (ms: number) => new Date(ms).toISOString();

async function linkStatus(): Promise<VcoEdgeLinkStatusRow[]> {
  return (await lab.vcoPost(edge.host, 'monitoring/getEnterpriseEdgeLinkStatus', {})).json();
}

async function metrics(start: number, end: number): Promise<VcoLinkMetric[]> {
  return (
    await lab.vcoPost(edge.host, 'monitoring/getAggregateEdgeLinkMetrics', {
      interval: { start: iso(start), end: iso(end) },
    })
  ).json();
}

describe('vco link status (V1)', () => {
  it('lists one row per link of every edge of the host, with the enterprise and serials', async () => {
    const rows = await linkStatus();
    const hostEdges = lab.ctx.fleet.index.edgesByHost.get(edge.host) ?? [];
    expect(rows).toHaveLength(hostEdges.reduce((n, e) => n + Math.max(1, e.links.length), 0));
    const mine = rows.filter((r) => r.edgeSerialNumber === edge.serial);
    expect(mine.map((r) => r.interface)).toEqual(edge.links.map((l) => l.interface));
    expect(mine[0]).toMatchObject({
      edgeState: 'CONNECTED',
      linkState: 'STABLE',
      edgeHASerialNumber: edge.ha?.serial,
      edgeId: edge.edgeId,
    });
    expect(mine[0]?.enterpriseName).toMatch(/\|\d+\|$/);
  });

  it('shows an edge taken down as OFFLINE with all links DISCONNECTED, and back', async () => {
    lab.ctx.runtime.setEdgeState(edge.serial, 'OFFLINE');
    const down = (await linkStatus()).filter((r) => r.edgeSerialNumber === edge.serial);
    expect(down.every((r) => r.edgeState === 'OFFLINE' && r.linkState === 'DISCONNECTED')).toBe(
      true,
    );
    expect(down[0]?.edgeLastContact).toBe('2023-04-11T13:15:00.000Z');
    lab.clock.advance(10 * MIN);
    lab.ctx.runtime.setEdgeState(edge.serial, 'CONNECTED');
    const up = (await linkStatus()).filter((r) => r.edgeSerialNumber === edge.serial);
    expect(up.every((r) => r.edgeState === 'CONNECTED' && r.linkState === 'STABLE')).toBe(true);
  });

  it('shows one link down as DISCONNECTED while the edge stays CONNECTED', async () => {
    const iface = edge.links[1]?.interface ?? '';
    lab.ctx.runtime.setLinkState({ serial: edge.serial, iface, state: 'DISCONNECTED' });
    const rows = (await linkStatus()).filter((r) => r.edgeSerialNumber === edge.serial);
    expect(rows.map((r) => [r.interface, r.linkState])).toEqual(
      edge.links.map((l) => [l.interface, l.interface === iface ? 'DISCONNECTED' : 'STABLE']),
    );
  });

  it('reports the HA partner as FAILED when the standby serial is taken down', async () => {
    lab.ctx.runtime.setEdgeState(edge.ha?.serial ?? '', 'OFFLINE');
    const enterprises = (
      await lab.vcoPost(edge.host, 'network/getNetworkEnterprises', {
        enterprises: [],
        with: ['edges'],
      })
    ).json<
      {
        edges: VcoEdge[];
      }[]
    >();
    const found = enterprises.flatMap((e) => e.edges).find((e) => e.serialNumber === edge.serial);
    expect(found).toMatchObject({
      edgeState: 'CONNECTED',
      haState: 'FAILED',
      haSerialNumber: edge.ha?.serial,
    });
  });
});

describe('vco link metrics (V2) and series (V6)', () => {
  it('shows a degraded link only in intervals overlapping the degradation', async () => {
    const link = edge.links[0];
    lab.ctx.degradations.add({
      host: edge.host,
      serial: edge.serial,
      edgeKey: edge.key,
      linkId: link?.linkId ?? 0,
      interface: link?.interface ?? '',
      latencyMs: 320,
      jitterMs: null,
      lossPct: null,
      bandwidthPct: null,
      from: T0 + 30 * MIN,
      until: T0 + 60 * MIN,
    });
    const latency = async (start: number, end: number) =>
      (await metrics(start, end)).find((m) => m.linkId === link?.linkId)?.bestLatencyMsRx;
    expect(await latency(T0, T0 + 30 * MIN)).toBeLessThan(140);
    expect(await latency(T0 + 20 * MIN, T0 + 40 * MIN)).toBe(320);
    expect(await latency(T0 + 45 * MIN, T0 + 50 * MIN)).toBe(320);
    expect(await latency(T0 + 60 * MIN, T0 + 90 * MIN)).toBeLessThan(140);
  });

  it('omits a link that was down for the whole interval and carries the full V1 row', async () => {
    lab.ctx.runtime.setLinkState({
      serial: edge.serial,
      iface: edge.links[0]?.interface ?? '',
      state: 'DISCONNECTED',
    });
    lab.clock.advance(60 * MIN);
    const rows = await metrics(T0 + 10 * MIN, T0 + 40 * MIN);
    expect(rows.some((m) => m.linkId === edge.links[0]?.linkId)).toBe(false);
    const other = rows.find((m) => m.linkId === edge.links[1]?.linkId);
    expect(other?.link).toMatchObject({
      edgeSerialNumber: edge.serial,
      interface: edge.links[1]?.interface,
    });
    expect(other?.name).toBe(edge.links[1]?.interface);
  });

  it('answers series per link with 5-minute points, and [] under 15 minutes', async () => {
    const body = (start: number, end: number) => ({
      enterpriseId: edge.enterpriseId,
      edgeId: edge.edgeId,
      interval: { start, end },
      metrics: ['bytesRx', 'bpsOfBestPathRx', 'nonsense'],
    });
    const series = (
      await lab.vcoPost(edge.host, 'metrics/getEdgeLinkSeries', body(T0 - 60 * MIN, T0))
    ).json<VcoLinkSeriesResponse>();
    expect(series).toHaveLength(edge.links.length);
    const bytes = series[0]?.series[0];
    expect(bytes).toMatchObject({ metric: 'bytesRx', tickInterval: 300_000 });
    expect(bytes?.data).toHaveLength(12);
    expect(bytes?.total).toBe(bytes?.data.reduce((a, b) => a + b, 0));
    expect(series[0]?.series.map((s) => s.metric)).toEqual(['bytesRx', 'bpsOfBestPathRx']);
    expect(
      (await lab.vcoPost(edge.host, 'metrics/getEdgeLinkSeries', body(T0 - 10 * MIN, T0))).json(),
    ).toEqual([]);
    const week = (
      await lab.vcoPost(edge.host, 'metrics/getEdgeLinkSeries', body(T0 - 7 * 24 * 60 * MIN, T0))
    ).json<VcoLinkSeriesResponse>();
    expect(week[0]?.series[0]?.data.length).toBeLessThanOrEqual(1024);
    const wrong = await lab.vcoPost(edge.host, 'metrics/getEdgeLinkSeries', {
      ...body(T0 - 60 * MIN, T0),
      edgeId: 1,
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('rejects a malformed interval with a JSON-RPC error', async () => {
    const response = await lab.vcoPost(edge.host, 'monitoring/getAggregateEdgeLinkMetrics', {
      interval: { start: 'x', end: 'y' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: -32602 } });
    const reversed = await lab.vcoPost(edge.host, 'monitoring/getAggregateEdgeLinkMetrics', {
      interval: { start: T0, end: T0 - 1 },
    });
    expect(reversed.statusCode).toBe(400);
    expect(
      (await lab.vcoPost(edge.host, 'monitoring/getAggregateEdgeLinkMetrics', {})).statusCode,
    ).toBe(400);
  });
});

describe('vco events (V3)', () => {
  async function events(body: Record<string, unknown>): Promise<VcoEventsResponse> {
    return (
      await lab.vcoPost(edge.host, 'event/getEnterpriseEvents', {
        enterpriseId: edge.enterpriseId,
        interval: { start: iso(T0 - 60 * MIN), end: iso(T0 + 60 * MIN) },
        ...body,
      })
    ).json();
  }

  it('records LINK_DEAD / LINK_ALIVE with the exact messages and EDGE_DOWN / EDGE_UP', async () => {
    const iface = edge.links[0]?.interface ?? '';
    lab.ctx.runtime.setLinkState({ serial: edge.serial, iface, state: 'DISCONNECTED' });
    lab.clock.advance(MIN);
    lab.ctx.runtime.setLinkState({ serial: edge.serial, iface, state: 'STABLE' });
    lab.clock.advance(MIN);
    lab.ctx.runtime.setEdgeState(edge.serial, 'OFFLINE');
    lab.clock.advance(MIN);
    lab.ctx.runtime.setEdgeState(edge.serial, 'CONNECTED');
    const all = await events({ edgeId: [edge.edgeId], filter: { limit: null } });
    expect(all.data.map((e) => [e.event, e.message])).toEqual([
      ['EDGE_UP', 'Edge is up'],
      ['EDGE_DOWN', 'Edge is down'],
      ['LINK_ALIVE', `Link ${iface} is no longer DEAD`],
      ['LINK_DEAD', `Link ${iface} is now DEAD`],
    ]);
    expect(all.data[3]).toMatchObject({
      category: 'NETWORK',
      severity: 'ERROR',
      edgeName: edge.name,
      eventTime: '2023-04-11T13:15:00.000Z',
    });
    expect(all.metaData).toEqual({ limit: null, more: false });
  });

  it('filters by event type, interval and limit', async () => {
    lab.ctx.runtime.flapLink({
      serial: edge.serial,
      iface: edge.links[0]?.interface ?? '',
      count: 12,
      overMs: 60 * MIN,
    });
    const dead = await events({
      filter: { limit: null, rules: [{ field: 'event', op: 'is', values: ['LINK_DEAD'] }] },
    });
    expect(dead.data).toHaveLength(12);
    const limited = await events({
      filter: { limit: 5, rules: [{ field: 'event', op: 'is', values: ['LINK_DEAD'] }] },
    });
    expect(limited.data).toHaveLength(5);
    expect(limited.metaData.more).toBe(true);
    const later = await events({ interval: { start: iso(T0 + MIN), end: iso(T0 + 60 * MIN) } });
    expect(later.data).toEqual([]);
    const otherEdge = await events({ edgeId: [edge.edgeId + 100_000] });
    expect(otherEdge.data).toEqual([]);
  });
});

describe('vco enterprise, configuration, network, gateways', () => {
  it('answers enterprise edges with links and logical ids', async () => {
    const edges = (
      await lab.vcoPost(edge.host, 'enterprise/getEnterpriseEdges', {
        enterpriseId: edge.enterpriseId,
        with: ['links'],
      })
    ).json<VcoEdge[]>();
    const mine = edges.find((e) => e.serialNumber === edge.serial);
    expect(mine?.links?.map((l) => [l.interface, l.logicalId])).toEqual(
      edge.links.map((l) => [l.interface, l.logicalId]),
    );
    const bare = (
      await lab.vcoPost(edge.host, 'enterprise/getEnterpriseEdges', {
        enterpriseId: edge.enterpriseId,
      })
    ).json<VcoEdge[]>();
    expect(bare[0]?.links).toBeUndefined();
  });

  it('answers the WAN module with WIRED/WIRELESS links, none for a never-activated edge', async () => {
    const config = (
      await lab.vcoPost(edge.host, 'edge/getEdgeConfigurationModules', {
        enterpriseId: edge.enterpriseId,
        edgeId: edge.edgeId,
        modules: ['WAN'],
      })
    ).json<{
      WAN: { data: { links: { interfaces: string[]; type: string }[] } };
    }>();
    expect(config.WAN.data.links.map((l) => [l.interfaces[0], l.type])).toEqual(
      edge.links.map((l) => [l.interface, l.type]),
    );
    const other = (
      await lab.vcoPost(edge.host, 'edge/getEdgeConfigurationModules', {
        enterpriseId: edge.enterpriseId,
        edgeId: edge.edgeId,
        modules: ['QOS'],
      })
    ).json<unknown>();
    expect(other).toEqual({});
  });

  it('lists named enterprises and gateways, and gateway tunnel metrics drop when OFFLINE', async () => {
    const aggregates = (await lab.vcoPost(edge.host, 'monitoring/getAggregates', {})).json<{
      enterprises: { name: string }[];
    }>();
    expect(aggregates.enterprises.length).toBe(
      lab.ctx.fleet.index.enterprisesByHost.get(edge.host)?.length,
    );
    const gateways = (await lab.vcoPost(edge.host, 'network/getNetworkGateways', {})).json<
      {
        id: number;
        gatewayState: string;
      }[]
    >();
    expect(gateways.every((g) => g.gatewayState === 'CONNECTED')).toBe(true);
    const gatewayId = gateways[0]?.id ?? 0;
    lab.ctx.runtime.setGatewayState({ host: edge.host, gatewayId, state: 'OFFLINE' });
    const body = {
      gatewayId,
      interval: { start: iso(T0 - 60 * MIN), end: iso(T0) },
      metrics: ['tunnelCount'],
    };
    const tunnels = (await lab.vcoPost(edge.host, 'metrics/getGatewayStatusMetrics', body)).json<{
      tunnelCount: { min: number };
    }>();
    expect(tunnels.tunnelCount.min).toBe(0);
    expect(
      (
        await lab.vcoPost(edge.host, 'metrics/getGatewayStatusMetrics', {
          ...body,
          gatewayId: 9999,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await lab.vcoPost(edge.host, 'network/getNetworkEnterprises', {
          enterprises: [edge.enterpriseId],
        })
      ).json(),
    ).toHaveLength(1);
  });

  it('answers unknown methods with 404', async () => {
    expect((await lab.vcoPost(edge.host, 'nope/nothing', {})).statusCode).toBe(404);
  });
});
