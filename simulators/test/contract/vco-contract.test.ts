import {
  vcoAggregatesResponse,
  vcoConfigurationModulesResponse,
  vcoEdgeLinkStatusResponse,
  vcoEnterpriseEdgesResponse,
  vcoErrorResponse,
  vcoEventsResponse,
  vcoGatewayStatusMetricsResponse,
  vcoGatewaysResponse,
  vcoLinkMetricsResponse,
  vcoLinkSeriesResponse,
  vcoNetworkEnterprisesResponse,
} from '@automation-engine/vendor-apis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, pickEdge, T0, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edge: FleetEdge;
const HOUR = 3_600_000;

beforeAll(() => {
  lab = labFixture({
    edges: 200,
    hosts: 2,
    nullStateRatio: 0.05,
    neverActivatedRatio: 0.05,
    haRatio: 0.2,
  });
  edge = pickEdge(lab.ctx.fleet.edges, (e) => e.links.length > 0 && e.ha !== null);
  // Exercise every state the schemas must accept.
  lab.ctx.runtime.setEdgeState(edge.serial, 'OFFLINE');
  lab.ctx.runtime.setEdgeState(edge.ha?.serial ?? '', 'OFFLINE');
  const other = pickEdge(
    lab.ctx.fleet.edges,
    (e) => e.host === edge.host && e.links.length > 1 && e !== edge,
  );
  lab.ctx.runtime.setLinkState({
    serial: other.serial,
    iface: other.links[1]?.interface ?? '',
    state: 'DISCONNECTED',
  });
  lab.ctx.runtime.flapLink({
    serial: other.serial,
    iface: other.links[0]?.interface ?? '',
    count: 3,
    overMs: HOUR,
  });
});
afterAll(async () => {
  await lab.close();
});

/** Posts to the test edge's host (or to `call.host`) and checks the answer with the schema. */
async function expectContract(
  schema: z.ZodType,
  call: { path: string; body: unknown; host?: string },
) {
  const response = await lab.vcoPost(call.host ?? edge.host, call.path, call.body);
  expect(response.statusCode, response.body).toBe(200);
  const parsed = schema.safeParse(response.json());
  expect(
    parsed.success,
    parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
  ).toBe(true);
  return response.json<unknown>();
}

const interval = { start: new Date(T0 - HOUR).toISOString(), end: new Date(T0).toISOString() };

describe('vco contract - every simulated answer parses with the vendor-apis schema', () => {
  it('V1 link status on every host, including never-activated and null-state edges', async () => {
    for (const host of lab.ctx.fleet.hosts) {
      const rows = (await expectContract(vcoEdgeLinkStatusResponse, {
        path: 'monitoring/getEnterpriseEdgeLinkStatus',
        body: {},
        host,
      })) as unknown[];
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('V2 link metrics', async () => {
    const rows = (await expectContract(vcoLinkMetricsResponse, {
      path: 'monitoring/getAggregateEdgeLinkMetrics',
      body: { interval },
    })) as unknown[];
    expect(rows.length).toBeGreaterThan(0);
  });

  it('V3 events', async () => {
    await expectContract(vcoEventsResponse, {
      path: 'event/getEnterpriseEvents',
      body: {
        enterpriseId: edge.enterpriseId,
        interval,
        filter: {
          limit: 100,
          rules: [{ field: 'event', op: 'is', values: ['LINK_DEAD', 'LINK_ALIVE', 'EDGE_DOWN'] }],
        },
      },
    });
  });

  it('V4 enterprise edges, V5 configuration, V6 series', async () => {
    await expectContract(vcoEnterpriseEdgesResponse, {
      path: 'enterprise/getEnterpriseEdges',
      body: {
        enterpriseId: edge.enterpriseId,
        with: ['links'],
      },
    });
    await expectContract(vcoConfigurationModulesResponse, {
      path: 'edge/getEdgeConfigurationModules',
      body: {
        enterpriseId: edge.enterpriseId,
        edgeId: edge.edgeId,
        modules: ['WAN'],
      },
    });
    await expectContract(vcoLinkSeriesResponse, {
      path: 'metrics/getEdgeLinkSeries',
      body: {
        enterpriseId: edge.enterpriseId,
        edgeId: edge.edgeId,
        interval: { start: T0 - HOUR, end: T0 },
        metrics: ['bytesRx', 'bytesTx', 'bpsOfBestPathRx', 'bpsOfBestPathTx'],
      },
    });
  });

  it('V7 network enterprises, V8 gateways, V9 gateway metrics, V10 aggregates', async () => {
    await expectContract(vcoNetworkEnterprisesResponse, {
      path: 'network/getNetworkEnterprises',
      body: {
        enterprises: [],
        with: ['edges'],
      },
    });
    const gateways = (await expectContract(vcoGatewaysResponse, {
      path: 'network/getNetworkGateways',
      body: {},
    })) as { id: number }[];
    await expectContract(vcoGatewayStatusMetricsResponse, {
      path: 'metrics/getGatewayStatusMetrics',
      body: {
        gatewayId: gateways[0]?.id,
        interval,
        metrics: ['tunnelCount'],
      },
    });
    await expectContract(vcoAggregatesResponse, { path: 'monitoring/getAggregates', body: {} });
  });

  it('errors and the expired session parse as the VCO error body', async () => {
    const bad = await lab.vcoPost(edge.host, 'event/getEnterpriseEvents', { interval });
    expect(vcoErrorResponse.safeParse(bad.json()).success).toBe(true);
    const expired = await lab.vco
      .get(edge.host)
      ?.inject({ method: 'POST', url: '/portal/rest/monitoring/getAggregates', payload: {} });
    expect(vcoErrorResponse.safeParse(expired?.json()).success).toBe(true);
  });
});
