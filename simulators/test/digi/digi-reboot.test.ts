import {
  digiErrorResponse,
  digiRecoverDeviceResponse,
  digiRecoveryLogsResponse,
  type DigiRecoveryLogsResponse,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetDigiDevice, FleetEdge } from '../../src/fleet/fleet-types.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { pickEdge, T0 } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
let device: FleetDigiDevice;
let edge: FleetEdge;
beforeEach(() => {
  lab = deviceLabFixture({ settings: { digi: { recoverySeconds: 120 } } });
  device = pickEdge(lab.ctx.fleet.digiDevices, () => true);
  edge = lab.ctx.fleet.index.edgeBySerial.get(device.edgeSerial) as FleetEdge;
});
afterEach(async () => {
  await lab.close();
});

async function reboot(headers: Record<string, string>) {
  return lab.digi.app.inject({
    method: 'POST',
    url: '/DeviceManagement_API/rest/Recovery/RecoverDevice',
    headers: { ...(await lab.digiAuth()), ...headers },
  });
}

const rebootHeaders = () => ({
  VeloSerial: device.edgeSerial,
  Ticket: '7301455',
  MAC: device.mac,
  IgzID: 'q8Xw2',
});

async function logs(headers: Record<string, string> = {}) {
  return lab.digi.app.inject({
    method: 'GET',
    url: '/DeviceManagement_API/rest/Recovery/Logs',
    headers: { ...(await lab.digiAuth()), ...headers },
  });
}

describe('digi - reboot (D1, parameters as headers)', () => {
  it('accepts a reboot of a DiGi link of the edge and records it', async () => {
    const response = await reboot(rebootHeaders());
    expect(response.statusCode).toBe(200);
    const body = digiRecoverDeviceResponse.parse(response.json());
    expect(body[0]).toMatchObject({
      Message: `Reboot request accepted for ${device.mac}`,
      VeloSerial: device.edgeSerial,
      VeloInterface: device.interface,
      DiscoveredMAC: device.mac,
      Ticket: '7301455',
    });
    expect(body.some((m) => m.error !== undefined || (m.Message ?? '').includes('Aborted'))).toBe(
      false,
    );
    const recorded = (await lab.controlCall('GET', '/digi/reboots')).json<
      { serial: string; state: string; igzId: string }[]
    >();
    expect(recorded).toMatchObject([
      { serial: device.edgeSerial, state: 'in-progress', igzId: 'q8Xw2' },
    ]);
  });

  it('brings the edge and its DiGi link back online after the recovery delay (lab time)', async () => {
    lab.ctx.runtime.setEdgeState(device.edgeSerial, 'OFFLINE');
    lab.ctx.runtime.setLinkState({
      serial: device.edgeSerial,
      iface: device.interface,
      state: 'DISCONNECTED',
    });
    await reboot(rebootHeaders());
    lab.clock.advance(119_000);
    await lab.controlCall('GET', '/digi/reboots');
    expect(lab.ctx.runtime.edge(edge).edgeState).toBe('OFFLINE');
    lab.clock.advance(1000);
    const reboots = (await lab.controlCall('GET', '/digi/reboots')).json<
      { state: string; endedAt: string }[]
    >();
    expect(reboots[0]).toMatchObject({
      state: 'recovered',
      endedAt: new Date(T0 + 120_000).toISOString(),
    });
    expect(lab.ctx.runtime.edge(edge).edgeState).toBe('CONNECTED');
    const link = lab.ctx.runtime.findLink(edge, device.interface);
    expect(lab.ctx.runtime.effectiveLinkState(edge, link)).toBe('STABLE');
    const log = (await logs()).json<DigiRecoveryLogsResponse>().Logs[0];
    expect(log).toMatchObject({
      TicketID: '7301455',
      Success: true,
      TimestampEND: '2023-04-11T13:17:00Z',
    });
  });

  it('leaves the link down and logs a failure when told reboots do not recover', async () => {
    const set = await lab.controlCall('PUT', '/digi/behaviour', {
      serial: device.edgeSerial,
      outcome: 'no-recovery',
    });
    expect(set.statusCode).toBe(200);
    lab.ctx.runtime.setLinkState({
      serial: device.edgeSerial,
      iface: device.interface,
      state: 'DISCONNECTED',
    });
    await reboot(rebootHeaders());
    lab.clock.advance(120_000);
    lab.ctx.tick();
    const link = lab.ctx.runtime.findLink(edge, device.interface);
    expect(lab.ctx.runtime.link(edge, link).linkState).toBe('DISCONNECTED');
    expect((await logs()).json<DigiRecoveryLogsResponse>().Logs[0]?.Success).toBe(false);
  });

  it('aborts a second reboot of a device while the first runs', async () => {
    await reboot(rebootHeaders());
    const second = (await reboot(rebootHeaders())).json<{ Message: string }[]>();
    expect(second[0]?.Message).toMatch(/Aborted: a reboot of .* is already in progress/);
  });

  it('answers Aborted for a MAC that is not a DiGi device of the edge, and an error element for an unknown edge', async () => {
    const other = pickEdge(
      lab.ctx.fleet.edges,
      (e) => e.serial !== device.edgeSerial && e.links.length > 0,
    );
    const aborted = await reboot({ ...rebootHeaders(), MAC: other.links[0]?.logicalId ?? '' });
    expect([aborted.statusCode, aborted.json<{ Message: string }[]>()[0]?.Message]).toEqual([
      200,
      expect.stringContaining('Aborted'),
    ]);
    const unknown = await reboot({ ...rebootHeaders(), VeloSerial: 'VC00000000000' });
    expect(unknown.json()).toEqual([
      { Message: 'Reboot request failed', error: 'VeloSerial VC00000000000 not found' },
    ]);
  });

  it('answers the configured aborted and error outcomes', async () => {
    await lab.controlCall('PUT', '/digi/behaviour', { outcome: 'aborted' });
    expect((await reboot(rebootHeaders())).json<{ Message: string }[]>()[0]?.Message).toContain(
      'Aborted',
    );
    await lab.controlCall('PUT', '/digi/behaviour', { outcome: 'error' });
    expect((await reboot(rebootHeaders())).json<{ error?: string }[]>()[0]?.error).toContain(
      'unreachable',
    );
    expect((await lab.controlCall('GET', '/digi/behaviour')).json()).toMatchObject({
      all: { outcome: 'error' },
    });
  });

  it('rejects a reboot without its headers with 400 (parameters in the body do not count)', async () => {
    const response = await lab.digi.app.inject({
      method: 'POST',
      url: '/DeviceManagement_API/rest/Recovery/RecoverDevice',
      headers: await lab.digiAuth(),
      payload: rebootHeaders(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }[]>()[0]?.error).toBe(
      'Missing header(s): VeloSerial, Ticket, MAC',
    );
  });
});

describe('digi - recovery logs (D2)', () => {
  it('lists reboots as logs filtered by StartDateTime and IgzID, with Size and Offset', async () => {
    await reboot(rebootHeaders());
    lab.clock.advance(3_600_000);
    const second = pickEdge(lab.ctx.fleet.digiDevices, (d) => d.mac !== device.mac);
    await reboot({ VeloSerial: second.edgeSerial, Ticket: '7301999', MAC: second.mac });
    const all = (await logs({ Size: '999' })).json<DigiRecoveryLogsResponse>();
    expect(digiRecoveryLogsResponse.safeParse(all).success).toBe(true);
    expect(all).toMatchObject({ Count: 2, Size: '999', Offset: '0' });
    const since = (
      await logs({ StartDateTime: '2023-04-11T14:00:00Z' })
    ).json<DigiRecoveryLogsResponse>();
    expect(since.Logs.map((l) => l.TicketID)).toEqual(['7301999']);
    const byId = (await logs({ IgzID: 'q8Xw2' })).json<DigiRecoveryLogsResponse>();
    expect(byId.Logs.map((l) => l.TicketID)).toEqual(['7301455']);
    const paged = (await logs({ Size: '1', Offset: '1' })).json<DigiRecoveryLogsResponse>();
    expect([paged.Count, paged.Logs.length, paged.Logs[0]?.TicketID]).toEqual([2, 1, '7301999']);
    expect(all.Logs[0]).toMatchObject({ Method: 'API Start', System: 'DMS', Success: true });
    expect(all.Logs[1]).toMatchObject({
      DeviceSN: second.deviceSerial,
      TimestampEND: null,
      Success: null,
    });
  });

  it('answers a top-level Error with HTTP 200 for a malformed StartDateTime or Size', async () => {
    const bad = await logs({ StartDateTime: 'last tuesday' });
    expect(bad.statusCode).toBe(200);
    expect(digiErrorResponse.parse(bad.json()).Error.Code).toBe('40002');
    const size = await logs({ Size: 'lots' });
    expect(digiErrorResponse.parse(size.json()).Error.Code).toBe('40003');
  });
});
