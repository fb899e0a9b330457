import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestNetworkGatewayList,
} from '@automation-engine/contracts/velocloud';
import { metricValue } from '@automation-engine/testing';
import {
  LAB_USER,
  startVelocloudFixture,
  type VelocloudFixture,
} from '../support/velocloud-fixture.js';

let fx: VelocloudFixture;

beforeAll(async () => {
  fx = await startVelocloudFixture({ lab: { seed: 3, edges: 20, hosts: 2 } });
});
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fetch(`${fx.lab.urls.control}/faults`, { method: 'DELETE' });
});

const LOGIN_PATH = '/portal/rest/login/operatorLogin';

/** Login attempts the bridge made to `host` (the vendor client's metric). */
async function logins(host: string): Promise<number> {
  return (
    (await metricValue(fx.bridge.kit.registry, 'vendor_http_requests_total', {
      endpoint: `${host}${LOGIN_PATH}`,
    })) ?? 0
  );
}

describe('VCO sessions', () => {
  it('logs in once per host, lazily, for any number of concurrent first calls', async () => {
    const [first, second] = fx.hosts as [string, string];
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        fx.caller.request(velocloudRequestNetworkGatewayList, { host: first }),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await logins(first)).toBe(1);
    expect(await logins(second)).toBe(0);
  });

  it('session expiry - logs in again and replays the call, transparently for the caller', async () => {
    const [first, second] = fx.hosts as [string, string];
    await fx.caller.request(velocloudRequestNetworkGatewayList, { host: first });
    await fx.caller.request(velocloudRequestNetworkGatewayList, { host: second });
    const before = { first: await logins(first), second: await logins(second) };

    // the lab's sessions live 24 h of lab time; the bridge's TTL (23 h) is real time
    fx.lab.clock.advance(25 * 3_600_000);
    const reply = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host: first });

    expect(reply.ok).toBe(true);
    expect(await logins(first)).toBe(before.first + 1);
    expect(await logins(second)).toBe(before.second);
    const expired = await metricValue(fx.bridge.kit.registry, 'vendor_http_requests_total', {
      endpoint: `${first}/portal/rest/monitoring/getEnterpriseEdgeLinkStatus`,
      status: '401',
    });
    expect(expired).toBe(1);
  });

  it('a session revoked by VCO (tokenError) is renewed and the call replayed once', async () => {
    const [first] = fx.hosts as [string];
    await fx.caller.request(velocloudRequestNetworkGatewayList, { host: first });
    const before = await logins(first);
    await fx.fault({
      simulator: 'vco',
      instance: first,
      path: '/portal/rest/network/getNetworkGateways',
      action: { kind: 'expire-auth' },
      times: 1,
    });
    const reply = await fx.caller.request(velocloudRequestNetworkGatewayList, { host: first });
    expect(reply.ok).toBe(true);
    expect(await logins(first)).toBe(before + 1);
  });

  it('expired again right after a new login - answers 401 with the VCO body, as the original', async () => {
    const [first] = fx.hosts as [string];
    await fx.fault({
      simulator: 'vco',
      instance: first,
      path: '/portal/rest/network/getNetworkGateways',
      action: { kind: 'expire-auth' },
      times: 2,
    });
    const reply = await fx.caller.request(velocloudRequestNetworkGatewayList, { host: first });
    expect(reply).toEqual({
      ok: false,
      status: 401,
      body: { error: { code: -32000, message: 'tokenError [expired session cookie]' } },
    });
    // the next call works with the session of the last login
    expect((await fx.caller.request(velocloudRequestNetworkGatewayList, { host: first })).ok).toBe(
      true,
    );
  });

  it('refused operator credentials - 401, and only that host is affected', async () => {
    const [first, second] = fx.hosts as [string, string];
    const local = await startVelocloudFixture({
      lab: { seed: 3, edges: 20, hosts: 2 },
      credentials: `${first}+${LAB_USER}+wrong-password;${second}+${LAB_USER}+lab-password`,
    });
    try {
      const refused = await local.caller.request(velocloudRequestNetworkGatewayList, {
        host: first,
      });
      expect(refused).toEqual({
        ok: false,
        status: 401,
        body: `Could not log in to VeloCloud host ${first}: no session was granted`,
      });
      const fine = await local.caller.request(velocloudRequestNetworkGatewayList, { host: second });
      expect(fine.ok).toBe(true);
    } finally {
      await local.close();
    }
  });

  it('a login answered 5xx is a vendor outage (500), not an auth failure', async () => {
    const local = await startVelocloudFixture({
      lab: { seed: 3, edges: 20, hosts: 1 },
      env: { VELOCLOUD_HTTP_RETRIES: '0' },
    });
    try {
      await local.fault({
        simulator: 'vco',
        path: LOGIN_PATH,
        action: { kind: 'error', status: 502 },
        times: 1,
      });
      const host = local.hosts[0]!;
      const reply = await local.caller.request(velocloudRequestNetworkGatewayList, { host });
      expect(reply).toEqual({ ok: false, status: 500, body: 'Got internal error from Velocloud' });
      // nothing cached: the next call logs in again and works
      expect((await local.caller.request(velocloudRequestNetworkGatewayList, { host })).ok).toBe(
        true,
      );
    } finally {
      await local.close();
    }
  });
});
