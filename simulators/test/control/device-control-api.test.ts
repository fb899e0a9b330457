import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { pickEdge } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
beforeEach(() => {
  lab = deviceLabFixture();
});
afterEach(async () => {
  await lab.close();
});

describe('control API - device simulators validate their input with zod', () => {
  it.each([
    ['POST', '/hawkeye/probes/{probe}/down', { kinds: ['both'] }],
    ['POST', '/hawkeye/probes/{probe}/degrade', { testType: 'Speed Test' }],
    ['POST', '/hawkeye/probes/{probe}/degrade', { durationMs: -5 }],
    ['GET', '/hawkeye/probes?state=sideways', undefined],
    ['PUT', '/digi/behaviour', {}],
    ['PUT', '/digi/behaviour', { outcome: 'explode' }],
    ['PUT', '/dri/behaviour', { pendingPolls: -1 }],
    ['GET', '/digi/devices?limit=0', undefined],
    ['GET', '/dri/devices?offset=-2', undefined],
    ['PUT', '/t7/overrides/VC1', { taskResults: [] }],
    ['PUT', '/t7/overrides/VC1', { taskResults: [{ name: 'Repair Completed', probability: 2 }] }],
    ['GET', '/email/messages?to=', undefined],
  ] as const)('%s %s answers 400 with the reason', async (method, url, payload) => {
    const probe = lab.ctx.fleet.probes[0]?.serialNumber ?? '';
    const response = await lab.controlCall(method, url.replace('{probe}', probe), payload);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; message: string }>();
    expect(body.error).toBe('BAD_REQUEST');
    expect(body.message.length).toBeGreaterThan(0);
  });

  it('answers 404 for unknown probes, edges and devices', async () => {
    expect((await lab.controlCall('GET', '/hawkeye/probes/FFFFFFFFFFFF')).json()).toMatchObject({
      error: 'PROBE_NOT_FOUND',
    });
    expect(
      (await lab.controlCall('PUT', '/digi/behaviour', { serial: 'VC0', outcome: 'aborted' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await lab.controlCall('PUT', '/dri/behaviour', { serial: 'PB0', outcome: 'failed' })).json(),
    ).toMatchObject({
      error: 'DEVICE_NOT_FOUND',
    });
  });
});

describe('control API - device simulators state', () => {
  it('lists probes by client and state, and one probe by serial or uid', async () => {
    const probe = pickEdge(lab.ctx.fleet.probes, (p) => p.active);
    const byClient = (
      await lab.controlCall('GET', `/hawkeye/probes?clientId=${String(probe.clientId)}`)
    ).json<{
      probes: { clientId: number }[];
    }>();
    expect(byClient.probes.every((p) => p.clientId === probe.clientId)).toBe(true);
    await lab.controlCall('POST', `/hawkeye/probes/${probe.uid}/down`);
    const down = (await lab.controlCall('GET', '/hawkeye/probes?state=down')).json<{
      probes: { serialNumber: string }[];
    }>();
    expect(down.probes.map((p) => p.serialNumber)).toEqual([probe.serialNumber]);
    const changed = (await lab.controlCall('GET', '/hawkeye/probes?state=changed')).json<{
      total: number;
    }>();
    const up = (await lab.controlCall('GET', '/hawkeye/probes?state=up')).json<{ total: number }>();
    expect([changed.total, up.total]).toEqual([1, lab.ctx.fleet.probes.length - 1]);
    const one = (
      await lab.controlCall('GET', `/hawkeye/probes/${probe.serialNumber}`)
    ).json<unknown>();
    expect(one).toMatchObject({
      uid: probe.uid,
      nodetonode: { up: false },
      realservice: { up: false },
    });
  });

  it('lists DiGi routers with their link state, and PIAB devices with their circuit', async () => {
    const device = pickEdge(lab.ctx.fleet.digiDevices, () => true);
    const digi = (await lab.controlCall('GET', `/digi/devices?serial=${device.edgeSerial}`)).json<{
      devices: { mac: string; edgeState: string; linkState: string }[];
    }>();
    expect(digi.devices.find((d) => d.mac === device.mac)).toMatchObject({
      edgeState: 'CONNECTED',
      linkState: 'STABLE',
    });
    const piab = (await lab.controlCall('GET', '/dri/devices?limit=2')).json<{
      total: number;
      devices: { serial: string; carrier: string }[];
    }>();
    expect(piab.devices).toHaveLength(2);
    expect(piab.total).toBe(lab.ctx.fleet.index.piabBySerial.size);
  });

  it('sets, reads and resets the DiGi and DRI behaviour; reset clears T7 overrides', async () => {
    await lab.controlCall('PUT', '/digi/behaviour', { recoverySeconds: 30 });
    await lab.controlCall('PUT', '/dri/behaviour', { outcome: 'rejected' });
    await lab.controlCall('PUT', '/t7/overrides/VC1', { error: { code: 'X', message: 'y' } });
    expect((await lab.controlCall('GET', '/digi/behaviour')).json()).toMatchObject({
      all: { outcome: 'recover', recoverySeconds: 30 },
    });
    expect((await lab.controlCall('GET', '/dri/behaviour')).json()).toMatchObject({
      all: { outcome: 'rejected', pendingPolls: 2 },
    });
    expect((await lab.controlCall('GET', '/t7/overrides')).json()).toEqual({
      VC1: { error: { code: 'X', message: 'y' } },
    });
    await lab.controlCall('POST', '/reset');
    expect((await lab.controlCall('GET', '/digi/behaviour')).json()).toMatchObject({
      all: { recoverySeconds: 300 },
    });
    expect((await lab.controlCall('GET', '/dri/behaviour')).json()).toMatchObject({
      all: { outcome: 'done' },
    });
    expect((await lab.controlCall('GET', '/t7/overrides')).json()).toEqual({});
  });

  it('shows T7 prediction calls and metrics feedback, and clears the feedback', async () => {
    lab.t7.calls.predictions.push({ at: 0, ticketId: '1', assets: ['VC1'], rows: 2 });
    lab.t7.calls.savedMetrics.push({ at: 0, ticketId: '1', ticketRows: [] });
    lab.t7.calls.liveMetrics.push({
      at: 0,
      ticketId: '1',
      assetId: 'VC1',
      automatedSuccessfully: true,
    });
    expect((await lab.controlCall('GET', '/t7/predictions')).json()).toEqual([
      { at: '1970-01-01T00:00:00.000Z', ticketId: '1', assets: ['VC1'], rows: 2 },
    ]);
    const metrics = (await lab.controlCall('GET', '/t7/metrics')).json<{
      saved: unknown[];
      live: unknown[];
    }>();
    expect([metrics.saved.length, metrics.live.length]).toEqual([1, 1]);
    expect((await lab.controlCall('DELETE', '/t7/metrics')).json()).toEqual({ removed: 2 });
    await lab.controlCall('PUT', '/t7/overrides/VC1', {
      taskResults: [{ name: 'Repair Completed', probability: 0.9 }],
    });
    expect((await lab.controlCall('DELETE', '/t7/overrides')).json()).toEqual({ removed: 1 });
  });

  it('accepts faults aimed at every new simulator', async () => {
    for (const simulator of ['hawkeye', 't7', 'digi', 'dri', 'slack', 'email']) {
      const response = await lab.controlCall('POST', '/faults', {
        simulator,
        path: '/**',
        action: { kind: 'error', status: 500 },
      });
      expect([simulator, response.statusCode]).toEqual([simulator, 201]);
    }
  });
});

describe('control API - console and fleet views', () => {
  it('serves the console page at / and /console', async () => {
    for (const url of ['/', '/console']) {
      const response = await lab.controlCall('GET', url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<h2>Fleet</h2>');
      expect(response.body).not.toMatch(/<(link|script) [^>]*(src|href)=/);
    }
  });

  it('counts edges per state on each host, and lists the edges not CONNECTED', async () => {
    const edge = pickEdge(
      lab.ctx.fleet.edges,
      (e) => e.links.length > 0 && e.initialState === 'CONNECTED',
    );
    await lab.controlCall('POST', `/fleet/edges/${edge.serial}/down`);
    const fleet = (await lab.controlCall('GET', '/fleet')).json<{
      hosts: { host: string; edgeStates: Record<string, number> }[];
      probes: number;
    }>();
    expect(fleet.hosts.find((h) => h.host === edge.host)?.edgeStates.OFFLINE).toBe(1);
    expect(fleet.probes).toBe(lab.ctx.fleet.probes.length);
    const notConnected = (
      await lab.controlCall('GET', '/fleet/edges?notState=CONNECTED&limit=500')
    ).json<{
      edges: { serial: string; edgeState: string | null }[];
    }>();
    expect(notConnected.edges.map((e) => e.serial)).toContain(edge.serial);
    expect(notConnected.edges.every((e) => e.edgeState !== 'CONNECTED')).toBe(true);
  });
});
