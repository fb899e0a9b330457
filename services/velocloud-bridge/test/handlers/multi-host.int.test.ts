import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  enterprisesNamesPartialAnswer,
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestEnterprisesNames,
} from '@automation-engine/contracts/velocloud';
import { freePort } from '@automation-engine/testing';
import {
  LAB_PASSWORD,
  LAB_USER,
  startVelocloudFixture,
  type VelocloudFixture,
} from '../support/velocloud-fixture.js';

let fx: VelocloudFixture;

beforeAll(async () => {
  fx = await startVelocloudFixture({ lab: { seed: 5, edges: 60, hosts: 3 } });
});
afterAll(async () => {
  await fx.close();
});
afterEach(async () => {
  await fetch(`${fx.lab.urls.control}/faults`, { method: 'DELETE' });
});

function namesOf(host: string): string[] {
  return fx.lab.fleet.enterprises.filter((e) => e.host === host).map((e) => e.name);
}

describe('multi-host answers', () => {
  it('request.enterprises.names - assembles the names of every host, in host order', async () => {
    const reply = await fx.caller.request(velocloudRequestEnterprisesNames, { filter: [] });
    expect(reply).toEqual({ ok: true, status: 200, body: fx.hosts.flatMap(namesOf) });
  });

  it('request.enterprises.names - keeps exact matches of the filter', async () => {
    const wanted = [namesOf(fx.hosts[0]!)[0]!, namesOf(fx.hosts[2]!)[0]!, 'No Such Enterprise|1|'];
    const reply = await fx.caller.request(velocloudRequestEnterprisesNames, { filter: wanted });
    expect(reply).toEqual({ ok: true, status: 200, body: wanted.slice(0, 2) });
  });

  it('one host failing - its part is reported failed, the other hosts are still answered', async () => {
    const [first, second, broken] = fx.hosts as [string, string, string];
    await fx.fault({
      simulator: 'vco',
      instance: broken,
      path: '/portal/rest/**',
      action: { kind: 'error', status: 503 },
    });

    const reply = await fx.caller.request(velocloudRequestEnterprisesNames, { filter: [] });
    expect(reply.ok).toBe(false);
    expect(reply.status).toBe(500);
    const body = enterprisesNamesPartialAnswer.parse(reply.body);
    expect(body.enterprise_names).toEqual([...namesOf(first), ...namesOf(second)]);
    expect(body.failed_hosts).toEqual([
      { host: broken, status: 500, error: 'Got internal error from Velocloud' },
    ]);

    // per-host subjects of the healthy hosts are untouched by the broken one
    const healthy = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host: first });
    expect(healthy.ok).toBe(true);
    const failing = await fx.caller.request(velocloudGetLinksWithEdgeInfo, { host: broken });
    expect(failing).toEqual({ ok: false, status: 500, body: 'Got internal error from Velocloud' });
  });

  it('one host unreachable - reported as a connection error while the others answer', async () => {
    const [first, second] = fx.hosts as [string, string];
    const local = await startVelocloudFixture({
      lab: { seed: 5, edges: 20, hosts: 2 },
      credentials: [first, second, 'gone.example']
        .map((host) => `${host}+${LAB_USER}+${LAB_PASSWORD}`)
        .join(';'),
      baseUrls: { 'gone.example': `http://127.0.0.1:${String(await freePort())}` },
      env: { VELOCLOUD_HTTP_RETRIES: '0' },
    });
    try {
      const reply = await local.caller.request(velocloudRequestEnterprisesNames, { filter: [] });
      expect(reply.status).toBe(500);
      const body = enterprisesNamesPartialAnswer.parse(reply.body);
      const expected = local.lab.fleet.enterprises.map((e) => e.name);
      expect(body.enterprise_names).toEqual(expected);
      expect(body.failed_hosts).toEqual([
        { host: 'gone.example', status: 500, error: 'Error while connecting to Velocloud API' },
      ]);
    } finally {
      await local.close();
    }
  });
});
