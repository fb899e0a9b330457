import type { HawkeyeProbe, HawkeyeProbesResponse } from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetProbe } from '../../src/fleet/fleet-types.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { pickEdge, T0 } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
let probe: FleetProbe;
beforeEach(() => {
  lab = deviceLabFixture({ fleet: { edges: 600, probeRatio: 0.2 } });
  probe = pickEdge(lab.ctx.fleet.probes, (p) => p.active && !p.neverReported);
});
afterEach(async () => {
  await lab.close();
});

async function page(query: string): Promise<HawkeyeProbesResponse> {
  const response = await lab.hawkeyeGet(`/probes${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<HawkeyeProbesResponse>();
}

describe('hawkeye - probes (H1)', () => {
  it('pages with limit and offset the way the bridge walks them', async () => {
    const total = lab.ctx.fleet.probes.length;
    const first = await page('?limit=100&offset=0');
    expect(first).toMatchObject({
      total_count: String(total),
      count: 100,
      limit: 100,
      offset: 0,
      has_more: 1,
    });
    const last = await page(`?limit=100&offset=100`);
    expect(last.count).toBe(total - 100);
    expect(last.has_more).toBe(0);
    const serials = [...first.records, ...last.records].map((r) => r.serialNumber);
    expect(new Set(serials).size).toBe(total);
  });

  it('filters by serial_number and by status (active)', async () => {
    const one = await page(`?serial_number=${probe.serialNumber.toLowerCase()}`);
    expect(one.records.map((r) => r.uid)).toEqual([probe.uid]);
    const inactive = await page('?status=0&limit=1000');
    expect(inactive.records.every((r) => r.active === '0')).toBe(true);
    expect(Number(inactive.total_count)).toBe(lab.ctx.fleet.probes.filter((p) => !p.active).length);
  });

  it('answers 400 to malformed paging or status', async () => {
    for (const query of ['?limit=abc', '?limit=0', '?offset=-1', '?status=maybe']) {
      const response = await lab.hawkeyeGet(`/probes${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('shows both kinds up with a recent lastUpdate, then down from when the control API took it down', async () => {
    const before = (await page(`?serial_number=${probe.serialNumber}`)).records[0] as HawkeyeProbe;
    expect(before.nodetonode.status).toBe(1);
    expect(Date.parse(before.realservice.lastUpdate)).toBeLessThanOrEqual(T0);
    expect(T0 - Date.parse(before.realservice.lastUpdate)).toBeLessThan(5 * 60_000);

    const down = await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/down`, {
      kinds: ['nodetonode'],
    });
    expect(down.json()).toMatchObject({ nodetonode: { up: false }, realservice: { up: true } });
    lab.clock.advance(600_000);
    const after = (await page(`?serial_number=${probe.serialNumber}`)).records[0] as HawkeyeProbe;
    expect(after.nodetonode).toEqual({ status: 0, lastUpdate: '2023-04-11T13:15:00Z' });
    expect(after.realservice.status).toBe(1);

    await lab.controlCall('POST', `/hawkeye/probes/${probe.uid}/up`);
    const again = (await page(`?serial_number=${probe.serialNumber}`)).records[0] as HawkeyeProbe;
    expect(again.nodetonode.status).toBe(1);
  });

  it('reports "never" for both kinds of a probe that never reported', async () => {
    const lab2 = deviceLabFixture({ fleet: { edges: 4000, probeRatio: 0.2 } });
    const silent = pickEdge(lab2.ctx.fleet.probes, (p) => p.neverReported);
    const response = await lab2.hawkeyeGet(`/probes?serial_number=${silent.serialNumber}`);
    const record = response.json<HawkeyeProbesResponse>().records[0];
    expect(record?.nodetonode).toEqual({ status: 0, lastUpdate: 'never' });
    expect(record?.realservice).toEqual({ status: 0, lastUpdate: 'never' });
    await lab2.close();
  });
});
