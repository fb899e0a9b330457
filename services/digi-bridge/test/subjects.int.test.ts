import { defineContract } from '@automation-engine/contracts';
import { digiReboot, getDigiRecoveryLogs } from '@automation-engine/contracts/digi';
import type { FleetDigiDevice } from '@automation-engine/simulators';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { givenDigiFault, type Harness, startHarness } from './support/bridge-harness.js';

const looseLogs = defineContract({
  subject: getDigiRecoveryLogs.subject,
  request: z.unknown(),
  response: z.unknown(),
});

describe('digi-bridge subjects', () => {
  let h: Harness;
  let devices: readonly FleetDigiDevice[];
  let next = 0;
  const device = (): FleetDigiDevice => {
    const found = devices[next];
    next += 1;
    if (found === undefined) throw new Error('the lab fleet has too few DiGi devices');
    return found;
  };

  beforeAll(async () => {
    h = await startHarness('subjects');
    devices = h.lab.fleet.digiDevices;
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(async () => {
    await h.control('DELETE', '/faults?simulator=digi');
  });

  it('digi.reboot sends the body as headers and replies DiGi messages (200)', async () => {
    const d = device();
    const reply = await h.caller.request(digiReboot, {
      velo_serial: d.edgeSerial,
      ticket: '7301455',
      MAC: d.mac,
      igzID: 'igz-reboot-1',
    });
    expect(reply).toMatchObject({ ok: true, status: 200 });
    expect(reply.body).toEqual([
      expect.objectContaining({
        Message: `Reboot request accepted for ${d.mac}`,
        VeloSerial: d.edgeSerial,
        Ticket: '7301455',
        DiscoveredMAC: d.mac,
      }),
      { Message: 'Success' },
    ]);
    const logs = await h.caller.request(getDigiRecoveryLogs, { igzID: 'igz-reboot-1' });
    expect(logs).toMatchObject({ ok: true, status: 200 });
    expect(logs.ok && logs.body.Logs).toEqual([
      expect.objectContaining({
        igzID: 'igz-reboot-1',
        VeloSerial: d.edgeSerial,
        TicketID: '7301455',
      }),
    ]);
  });

  it('digi.reboot answers 400 with DiGi messages when DiGi aborts the reboot', async () => {
    const d = device();
    const body = { velo_serial: d.edgeSerial, ticket: '1', MAC: d.mac };
    expect((await h.caller.request(digiReboot, body)).ok).toBe(true);
    const again = await h.caller.request(digiReboot, body); // already in progress
    expect(again.status).toBe(400);
    expect(Array.isArray(again.body)).toBe(true);
    expect(JSON.stringify(again.body)).toContain('Reboot request Aborted');
  });

  it('digi.reboot answers 400 when a DiGi message carries an error', async () => {
    const reply = await h.caller.request(digiReboot, {
      velo_serial: 'VC0NOTINFLEET',
      ticket: '1',
      MAC: '00:04:2d:00:00:00:0000',
    });
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(reply.body).toEqual([
      { Message: 'Reboot request failed', error: 'VeloSerial VC0NOTINFLEET not found' },
    ]);
  });

  it('digi.reboot is not sent again after a 5xx (DiGi may have acted): 500 with its body', async () => {
    await givenDigiFault(h, {
      path: '/DeviceManagement_API/rest/Recovery/RecoverDevice',
      action: { kind: 'error', status: 502 },
      times: 1,
    });
    const d = device();
    const reply = await h.caller.request(digiReboot, {
      velo_serial: d.edgeSerial,
      ticket: '2',
      MAC: d.mac,
    });
    expect(reply).toEqual({
      ok: false,
      status: 500,
      body: { error: 'server_error', error_description: 'Error 502' },
    });
  });

  it('get.digi.recovery.logs pages with Size/Offset headers', async () => {
    const reply = await h.caller.request(getDigiRecoveryLogs, { size: 1, offset: '0' });
    expect(reply).toMatchObject({ ok: true, status: 200, body: { Size: '1', Offset: '0' } });
    expect(reply.ok && reply.body.Logs.length).toBe(1);
  });

  it('get.digi.recovery.logs answers 400 with DiGi Error answer', async () => {
    const reply = await h.caller.request(getDigiRecoveryLogs, { start_date_time: 'yesterday' });
    expect(reply).toMatchObject({
      ok: false,
      status: 400,
      body: { Error: { Code: '40002' } },
    });
  });

  it('get.digi.recovery.logs answers 400 to an empty body', async () => {
    const reply = await h.caller.request(looseLogs, {});
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(String(reply.body)).toContain('must not be empty');
  });

  it('get.digi.recovery.logs retries a 5xx and answers', async () => {
    await givenDigiFault(h, {
      path: '/DeviceManagement_API/rest/Recovery/Logs',
      action: { kind: 'error', status: 503 },
      times: 2,
    });
    expect(await h.caller.request(getDigiRecoveryLogs, { size: '5' })).toMatchObject({
      ok: true,
      status: 200,
    });
  });

  it('get.digi.recovery.logs gives up on DiGi not answering: timeouts, retries, 500', async () => {
    await givenDigiFault(h, {
      path: '/DeviceManagement_API/rest/Recovery/Logs',
      action: { kind: 'timeout' },
      times: 3,
    });
    const reply = await h.caller.request(getDigiRecoveryLogs, { size: '5' });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain('Connection error in DiGi API');
  });
});
