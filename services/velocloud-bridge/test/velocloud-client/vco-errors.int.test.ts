import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestEnterprisesEdges,
  velocloudRequestNetworkEnterpriseEdges,
  velocloudRequestNetworkGatewayList,
} from '@automation-engine/contracts/velocloud';
import { metricValue } from '@automation-engine/testing';
import { startVelocloudFixture, type VelocloudFixture } from '../support/velocloud-fixture.js';

let fx: VelocloudFixture;
let host: string;

beforeAll(async () => {
  fx = await startVelocloudFixture({ lab: { seed: 4, edges: 20, hosts: 1 } });
  host = fx.hosts[0]!;
});
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fetch(`${fx.lab.urls.control}/faults`, { method: 'DELETE' });
});

function fail(path: string, action: Record<string, unknown>, times?: number) {
  return fx.fault({ simulator: 'vco', path, action, ...(times === undefined ? {} : { times }) });
}

describe('VCO failures become the original replies', () => {
  it('5xx - retried, then 500 "Got internal error from Velocloud"', async () => {
    await fail('/portal/rest/monitoring/getEnterpriseEdgeLinkStatus', {
      kind: 'error',
      status: 500,
    });
    const reply = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host });
    expect(reply).toEqual({ ok: false, status: 500, body: 'Got internal error from Velocloud' });
    const attempts = await metricValue(fx.bridge.kit.registry, 'vendor_http_requests_total', {
      endpoint: `${host}/portal/rest/monitoring/getEnterpriseEdgeLinkStatus`,
      status: '500',
    });
    expect(attempts).toBe(2); // VELOCLOUD_HTTP_RETRIES=1 in the fixture
  });

  it('a transient 5xx is absorbed by the retry', async () => {
    await fail('/portal/rest/network/getNetworkGateways', { kind: 'error', status: 503 }, 1);
    expect((await fx.caller.request(velocloudRequestNetworkGatewayList, { host })).ok).toBe(true);
  });

  it('400 - the raw VCO body with 400, where the original did not reword it', async () => {
    const body = { error: { code: -32602, message: 'Invalid params: enterpriseId' } };
    await fail('/portal/rest/enterprise/getEnterpriseEdges', { kind: 'error', status: 400, body });
    const reply = await fx.caller.request(velocloudRequestEnterprisesEdges, {
      host,
      enterprise_id: 1,
    });
    expect(reply).toEqual({ ok: false, status: 400, body });
  });

  it('400 - reworded with the original arrow for network enterprises', async () => {
    const body = { error: { code: -32602, message: 'bad ids' } };
    await fail('/portal/rest/network/getNetworkEnterprises', { kind: 'error', status: 400, body });
    const reply = await fx.caller.request(velocloudRequestNetworkEnterpriseEdges, {
      host,
      enterprise_ids: [1, 2],
    });
    expect(reply).toEqual({
      ok: false,
      status: 400,
      body: 'Got 400 from Velocloud --> bad ids for enterprise ids: [1, 2]',
    });
  });

  it('other statuses pass through with the VCO body', async () => {
    const body = { error: { code: -32001, message: 'Forbidden' } };
    await fail('/portal/rest/network/getNetworkGateways', { kind: 'error', status: 403, body });
    const reply = await fx.caller.request(velocloudRequestNetworkGatewayList, { host });
    expect(reply).toEqual({ ok: false, status: 403, body });
  });

  it('HTTP 200 with a JSON-RPC error - 400 with the VCO body', async () => {
    const body = { error: { code: -32603, message: 'Something went wrong' } };
    await fail('/portal/rest/enterprise/getEnterpriseEdges', { kind: 'error', status: 200, body });
    const reply = await fx.caller.request(velocloudRequestEnterprisesEdges, {
      host,
      enterprise_id: 1,
    });
    expect(reply).toEqual({ ok: false, status: 400, body });
  });

  it('an answer of an unexpected shape - 500 naming the problem', async () => {
    await fail('/portal/rest/network/getNetworkGateways', {
      kind: 'error',
      status: 200,
      body: [{ id: 'seventeen' }],
    });
    const reply = await fx.caller.request(velocloudRequestNetworkGatewayList, { host });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain(`unexpected answer from VeloCloud host ${host}`);
  });

  it('no answer in time - 500 "Error while connecting to Velocloud API"', async () => {
    const local = await startVelocloudFixture({
      lab: { seed: 4, edges: 5, hosts: 1 },
      env: { VELOCLOUD_TIMEOUT_SECONDS: '1', VELOCLOUD_HTTP_RETRIES: '0' },
    });
    try {
      await local.fault({
        simulator: 'vco',
        path: '/portal/rest/network/getNetworkGateways',
        action: { kind: 'timeout' },
      });
      const reply = await local.caller.request(velocloudRequestNetworkGatewayList, {
        host: local.hosts[0]!,
      });
      expect(reply).toEqual({
        ok: false,
        status: 500,
        body: 'Error while connecting to Velocloud API',
      });
    } finally {
      await local.close();
    }
  });
});
