import type { VcoEdgeLinkStatusRow } from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, pickEdge, T0, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edge: FleetEdge;

beforeEach(() => {
  lab = labFixture({ edges: 40, haRatio: 0.3 });
  edge = pickEdge(lab.ctx.fleet.edges, (e) => e.links.length >= 2 && e.ha !== null);
});
afterEach(async () => {
  await lab.close();
});

function control(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return lab.control.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

describe('control API - fleet and edges', () => {
  it('summarises the fleet per host and state', async () => {
    const summary = (await control('GET', '/fleet')).json<{
      edges: number;
      hosts: { host: string; edges: number }[];
      edgeStates: Record<string, number>;
    }>();
    expect(summary.edges).toBe(40);
    expect(summary.hosts.reduce((n, h) => n + h.edges, 0)).toBe(40);
    expect(Object.values(summary.edgeStates).reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('lists edges filtered by host, state, client and changed, with paging', async () => {
    const byHost = (await control('GET', `/fleet/edges?host=${edge.host}&limit=2`)).json<{
      total: number;
      edges: { host: string }[];
    }>();
    expect(byHost.edges).toHaveLength(2);
    expect(byHost.total).toBe(lab.ctx.fleet.index.edgesByHost.get(edge.host)?.length);
    await control('POST', `/fleet/edges/${edge.serial}/down`);
    const offline = (await control('GET', '/fleet/edges?state=OFFLINE')).json<{
      edges: { serial: string }[];
    }>();
    expect(offline.edges.map((e) => e.serial)).toEqual([edge.serial]);
    const byClient = (await control('GET', `/fleet/edges?clientId=${String(edge.clientId)}`)).json<{
      edges: { clientId: number }[];
    }>();
    expect(byClient.edges.every((e) => e.clientId === edge.clientId)).toBe(true);
    const clientName = lab.ctx.fleet.index.clientById.get(edge.clientId)?.clientName ?? '';
    const byName = (
      await control('GET', `/fleet/edges?client=${encodeURIComponent(clientName.toLowerCase())}`)
    ).json<{ total: number }>();
    expect(byName.total).toBeGreaterThan(0);
    const changed = (await control('GET', '/fleet/edges?changed=true')).json<{ total: number }>();
    expect(changed.total).toBe(1);
  });

  it('takes an edge down so VCO answers OFFLINE, and up again', async () => {
    const down = await control('POST', `/fleet/edges/${edge.serial}/down`);
    expect(down.json()).toMatchObject({ serial: edge.serial, edgeState: 'OFFLINE' });
    const rows = (await lab.vcoPost(edge.host, 'monitoring/getEnterpriseEdgeLinkStatus')).json<
      VcoEdgeLinkStatusRow[]
    >();
    expect(rows.find((r) => r.edgeSerialNumber === edge.serial)?.edgeState).toBe('OFFLINE');
    expect((await control('POST', `/fleet/edges/${edge.serial}/up`)).json()).toMatchObject({
      edgeState: 'CONNECTED',
    });
    const events = (await control('GET', `/vco/events?serial=${edge.serial}`)).json<
      {
        event: string;
      }[]
    >();
    expect(events.map((e) => e.event)).toEqual(['EDGE_DOWN', 'EDGE_UP']);
  });

  it('sets any edge state, including null, and the HA standby through its serial', async () => {
    expect(
      (await control('PUT', `/fleet/edges/${edge.serial}/state`, { edgeState: null })).json(),
    ).toMatchObject({ edgeState: null });
    expect(
      (await control('POST', `/fleet/edges/${edge.ha?.serial ?? ''}/down`)).json(),
    ).toMatchObject({ haState: 'FAILED' });
    const detail = (await control('GET', `/fleet/edges/${edge.ha?.serial ?? ''}`)).json<{
      role: string;
      inventory: unknown[];
    }>();
    expect(detail.role).toBe('standby');
    expect(detail.inventory).toHaveLength(1);
  });

  it('takes a link down and up, flaps it and degrades it', async () => {
    const iface = edge.links[0]?.interface ?? '';
    const down = (
      await control('POST', `/fleet/edges/${edge.serial}/links/${iface.toLowerCase()}/down`)
    ).json<{ links: { linkState: string }[] }>();
    expect(down.links[0]?.linkState).toBe('DISCONNECTED');
    expect(
      (await control('POST', `/fleet/edges/${edge.serial}/links/${iface}/flap`, { count: 3 }))
        .statusCode,
    ).toBe(409);
    await control('POST', `/fleet/edges/${edge.serial}/links/${iface}/up`);
    const unstable = (
      await control('PUT', `/fleet/edges/${edge.serial}/links/${iface}/state`, {
        linkState: 'UNSTABLE',
      })
    ).json<{
      links: { linkState: string }[];
    }>();
    expect(unstable.links[0]?.linkState).toBe('UNSTABLE');
    const flap = await control('POST', `/fleet/edges/${edge.serial}/links/${iface}/flap`, {
      count: 10,
      overMs: 1_800_000,
    });
    expect(flap.json()).toMatchObject({ linkDeadEvents: 10 });
    const degrade = await control('POST', `/fleet/edges/${edge.serial}/links/${iface}/degrade`, {
      latencyMs: 250,
      durationMs: 3_600_000,
    });
    expect(degrade.statusCode).toBe(201);
    expect(degrade.json()).toMatchObject({
      latencyMs: 250,
      from: T0,
      until: T0 + 3_600_000,
      interface: iface,
    });
    const list = (await control('GET', '/degradations')).json<{ id: string }[]>();
    expect(list).toHaveLength(1);
    expect((await control('DELETE', `/degradations/${list[0]?.id ?? ''}`)).statusCode).toBe(200);
    expect((await control('DELETE', '/degradations/deg-99')).statusCode).toBe(404);
    await control('POST', `/fleet/edges/${edge.serial}/links/${iface}/degrade`, {
      lossPct: 20,
      from: '2023-04-11T14:00:00Z',
    });
    expect((await control('DELETE', '/degradations')).json()).toEqual({ removed: 1 });
  });

  it('lists gateways and sets their state', async () => {
    const gateways = (await control('GET', '/fleet/gateways')).json<
      {
        host: string;
        id: number;
      }[]
    >();
    const g = gateways[0];
    const set = await control('PUT', `/fleet/gateways/${g?.host ?? ''}/${String(g?.id)}/state`, {
      gatewayState: 'OFFLINE',
    });
    expect(set.json()).toMatchObject({ gatewayState: 'OFFLINE' });
    expect(
      (
        await control('PUT', `/fleet/gateways/${g?.host ?? ''}/999/state`, {
          gatewayState: 'OFFLINE',
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('control API - bad input', () => {
  it.each([
    ['PUT', '/fleet/edges/SERIAL/state', { edgeState: 'ASLEEP' }],
    ['POST', '/fleet/edges/SERIAL/links/GE1/flap', { count: 0 }],
    ['POST', '/fleet/edges/SERIAL/links/GE1/degrade', {}],
    ['POST', '/fleet/edges/SERIAL/links/GE1/degrade', { lossPct: 150 }],
    [
      'POST',
      '/faults',
      { simulator: 'bruin', path: 'no-slash', action: { kind: 'error', status: 500 } },
    ],
    ['POST', '/faults', { simulator: 'hawkeye', path: '/x', action: { kind: 'timeout' } }],
    [
      'POST',
      '/faults',
      { simulator: 'vco', instance: 'nowhere', path: '/x', action: { kind: 'timeout' } },
    ],
    ['PUT', '/clock', { speed: -2 }],
    ['PUT', '/clock', {}],
    ['POST', '/clock/advance', { hours: 1 }],
    ['POST', '/bruin/tickets', { serviceNumbers: [] }],
    ['POST', '/bruin/tickets', { serviceNumbers: ['NOPE'] }],
    ['PATCH', '/bruin/tickets/1', {}],
  ] as const)('%s %s answers 400 with the reason', async (method, url, payload) => {
    const response = await control(method, url.replace('SERIAL', edge.serial), payload);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; message: string }>();
    expect(body.error).toBe('BAD_REQUEST');
    expect(body.message.length).toBeGreaterThan(0);
  });

  it('answers 400 for a malformed JSON body and a bad query', async () => {
    const broken = await lab.control.inject({
      method: 'POST',
      url: '/faults',
      headers: { 'content-type': 'application/json' },
      payload: '{"simulator":',
    });
    expect(broken.statusCode).toBe(400);
    expect((await control('GET', '/fleet/edges?limit=0')).statusCode).toBe(400);
    expect((await control('GET', '/fleet/edges?colour=red')).statusCode).toBe(400);
  });

  it('answers 404 for unknown edges, links, tickets, faults and routes', async () => {
    expect((await control('POST', '/fleet/edges/NOPE/down')).json()).toMatchObject({
      error: 'EDGE_NOT_FOUND',
    });
    expect(
      (await control('POST', `/fleet/edges/${edge.serial}/links/GE9/down`)).json(),
    ).toMatchObject({ error: 'LINK_NOT_FOUND' });
    expect((await control('GET', '/bruin/tickets/1')).statusCode).toBe(404);
    expect((await control('DELETE', '/faults/fault-9')).statusCode).toBe(404);
    expect((await control('GET', '/nothing')).statusCode).toBe(404);
  });
});

describe('control API - faults, clock, tickets, reset', () => {
  it('injects, lists and clears faults', async () => {
    const created = await control('POST', '/faults', {
      simulator: 'vco',
      instance: edge.host,
      method: 'post',
      path: '/portal/rest/monitoring/**',
      action: { kind: 'error', status: 500 },
      times: 3,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'fault-1', method: 'POST', remaining: 3, hits: 0 });
    await control('POST', '/faults', {
      simulator: 'bruin',
      path: '/api/**',
      action: { kind: 'timeout' },
    });
    expect((await control('GET', '/faults?simulator=vco')).json<unknown[]>().length).toBe(1);
    expect((await control('DELETE', '/faults/fault-1')).statusCode).toBe(200);
    expect((await control('DELETE', '/faults')).json()).toEqual({ removed: 1 });
  });

  it('reads, sets the speed of and advances the clock', async () => {
    expect((await control('GET', '/clock')).json()).toEqual({
      now: '2023-04-11T13:15:00.000Z',
      epochMs: T0,
      speed: 0,
    });
    expect(
      (await control('POST', '/clock/advance', { minutes: 5, seconds: 1, ms: 1 })).json(),
    ).toMatchObject({ epochMs: T0 + 301_001 });
    expect(
      (await control('PUT', '/clock', { now: '2024-01-01T00:00:00Z', speed: 60 })).json(),
    ).toMatchObject({ speed: 60 });
    expect(lab.clock.now()).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1));
  });

  it('seeds, patches and reads Bruin tickets with details, notes and status history', async () => {
    const created = (
      await control('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial],
        notes: ['first note'],
        severity: 3,
      })
    ).json<{
      ticketID: number;
    }>();
    await control('PATCH', `/bruin/tickets/${String(created.ticketID)}`, {
      ticketStatus: 'Resolved',
      reopenable: false,
      severity: 2,
    });
    const list = (
      await control('GET', `/bruin/tickets?serviceNumber=${edge.serial}&status=Resolved`)
    ).json<{
      total: number;
      tickets: {
        ticketStatus: string;
        reopenable: boolean;
        notes: { noteValue: string }[];
        statusHistory: { ticketStatus: string }[];
        details: { detailStatus: string }[];
      }[];
    }>();
    expect(list.total).toBe(1);
    expect(list.tickets[0]).toMatchObject({
      ticketStatus: 'Resolved',
      reopenable: false,
      notes: [{ noteValue: 'first note' }],
      details: [{ detailStatus: 'R' }],
    });
    expect(list.tickets[0]?.statusHistory.map((h) => h.ticketStatus)).toEqual(['New', 'Resolved']);
    const byClient = (
      await control('GET', `/bruin/tickets?clientId=${String(edge.clientId)}&topic=VOO`)
    ).json<{ total: number }>();
    expect(byClient.total).toBe(1);
    expect(
      (await control('GET', `/bruin/tickets/${String(created.ticketID)}`)).json(),
    ).toMatchObject({ severity: 2 });
  });

  it('resets states, tickets, faults and degradations to the seed', async () => {
    await control('POST', `/fleet/edges/${edge.serial}/down`);
    await control('POST', '/bruin/tickets', { serviceNumbers: [edge.serial] });
    await control('POST', '/faults', {
      simulator: 'bruin',
      path: '/api/**',
      action: { kind: 'timeout' },
    });
    await control(
      'POST',
      `/fleet/edges/${edge.serial}/links/${edge.links[0]?.interface ?? ''}/degrade`,
      { jitterMs: 90 },
    );
    expect((await control('POST', '/reset')).json()).toMatchObject({ reset: true });
    expect((await control('GET', `/fleet/edges/${edge.serial}`)).json()).toMatchObject({
      edgeState: 'CONNECTED',
    });
    expect((await control('GET', '/bruin/tickets')).json()).toEqual({ total: 0, tickets: [] });
    expect((await control('GET', '/faults')).json()).toEqual([]);
    expect((await control('GET', '/degradations')).json()).toEqual([]);
    expect((await control('GET', '/vco/events')).json()).toEqual([]);
  });

  it('answers health and lab info', async () => {
    expect((await control('GET', '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await control('GET', '/lab')).json()).toMatchObject({ seed: 42, edges: 40 });
  });
});
