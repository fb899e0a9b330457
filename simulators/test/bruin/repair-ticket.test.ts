import {
  BRUIN_OUTAGE_REQUEST_DESCRIPTION,
  bruinRepairItems,
  type BruinRepairTicketResponse,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, pickEdge, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edge: FleetEdge;

beforeEach(() => {
  lab = labFixture({ edges: 80, sharedSiteRatio: 0.5 });
  edge = pickEdge(lab.ctx.fleet.edges, (e) => e.links.length >= 2);
});
afterEach(async () => {
  await lab.close();
});

async function repair(
  serial: string,
  extra: Record<string, unknown> = {},
  clientId = edge.clientId,
) {
  const response = await lab.bruin.inject({
    method: 'POST',
    url: '/api/Ticket/repair',
    headers: { ...(await lab.bruinAuth()), 'content-type': 'application/json-patch+json' },
    payload: JSON.stringify({
      ClientID: clientId,
      WTNs: [serial],
      RequestDescription: BRUIN_OUTAGE_REQUEST_DESCRIPTION,
      ...extra,
    }),
  });
  expect(response.statusCode).toBe(200);
  const body = response.json<BruinRepairTicketResponse>();
  const first = bruinRepairItems(body)[0];
  if (first === undefined) throw new Error('no item');
  return { body, first };
}

describe('bruin repair tickets - outcomes from lab state', () => {
  it('creates a New outage ticket with one detail for the serial', async () => {
    const { first, body } = await repair(edge.serial);
    expect(first).toMatchObject({ wtn: edge.serial, errorCode: null, errorMessage: null });
    expect(body.items).toBeDefined();
    const ticket = lab.ctx.tickets.require(first.ticketId);
    expect(ticket).toMatchObject({
      ticketStatus: 'New',
      topicCode: 'VOO',
      createdBy: 'Intelygenz Ai',
      siteId: edge.siteId,
    });
    expect(ticket.details.map((d) => [d.detailValue, d.detailStatus])).toEqual([
      [edge.serial, 'I'],
    ]);
  });

  it('answers 409 with the id of the open ticket holding the serial', async () => {
    const created = await repair(edge.serial);
    const again = await repair(edge.serial);
    expect(again.first).toMatchObject({ ticketId: created.first.ticketId, errorCode: 409 });
    expect(again.body.assets).toBeDefined();
  });

  it('re-opens a resolved ticket (472) and puts its detail back in progress', async () => {
    const created = await repair(edge.serial);
    const ticket = lab.ctx.tickets.require(created.first.ticketId);
    const detail = ticket.details[0];
    const resolve = await lab.bruin.inject({
      method: 'PUT',
      url: `/api/Ticket/${String(ticket.ticketID)}/details/${String(detail?.detailID)}/status`,
      headers: await lab.bruinAuth(),
      payload: { Status: 'R' },
    });
    expect(resolve.statusCode).toBe(200);
    expect(ticket.ticketStatus).toBe('Resolved');
    const again = await repair(edge.serial);
    expect(again.first).toMatchObject({ ticketId: ticket.ticketID, errorCode: 472 });
    expect(ticket.ticketStatus).toBe('InProgress');
    expect(detail?.detailStatus).toBe('I');
  });

  it('answers 471 for a resolved ticket that cannot be re-opened, leaving it resolved', async () => {
    const seeded = await lab.control.inject({
      method: 'POST',
      url: '/bruin/tickets',
      payload: { serviceNumbers: [edge.serial], status: 'Resolved', reopenable: false },
    });
    expect(seeded.statusCode).toBe(201);
    const ticketId = seeded.json<{ ticketID: number }>().ticketID;
    const { first } = await repair(edge.serial);
    expect(first).toMatchObject({ ticketId, errorCode: 471 });
    expect(lab.ctx.tickets.require(ticketId).ticketStatus).toBe('Resolved');
  });

  it('re-opens a resolved ticket of another edge at the same site and adds a detail (473)', async () => {
    const bySite = new Map<number, FleetEdge[]>();
    for (const e of lab.ctx.fleet.edges) bySite.set(e.siteId, [...(bySite.get(e.siteId) ?? []), e]);
    const pair = [...bySite.values()].find((list) => list.length >= 2) ?? [];
    const [first, second] = pair as [FleetEdge, FleetEdge];
    const seeded = await lab.control.inject({
      method: 'POST',
      url: '/bruin/tickets',
      payload: { serviceNumbers: [first.serial], status: 'Resolved' },
    });
    const ticketId = seeded.json<{ ticketID: number }>().ticketID;
    const { first: item } = await repair(second.serial, {}, second.clientId);
    expect(item).toMatchObject({ ticketId, errorCode: 473, wtn: second.serial });
    const ticket = lab.ctx.tickets.require(ticketId);
    expect(ticket.ticketStatus).toBe('InProgress');
    expect(ticket.details.map((d) => d.detailValue)).toEqual([first.serial, second.serial]);
  });

  it('answers ticketId 0 when the serial is not the client asset', async () => {
    const { first, body } = await repair('VC0NOTANEDGE');
    expect(first).toMatchObject({ ticketId: 0, errorCode: null });
    expect(first.errorMessage).toContain('VC0NOTANEDGE');
    expect(body.message).toBeTruthy();
  });

  it('adds an item per faulty interface with the circuit service number', async () => {
    const ifaces = edge.links.map((l) => l.interface);
    const { body } = await repair(edge.serial, {
      WtnInterfaces: { [edge.serial]: [...ifaces, 'GE9'] },
    });
    const items = bruinRepairItems(body);
    expect(items.map((i) => i.wtn)).toEqual([
      edge.serial,
      ...edge.links.map((l) => l.circuit.serviceNumber),
    ]);
    expect(new Set(items.map((i) => i.ticketId)).size).toBe(1);
    expect(items[1]?.inventoryId).toBe(edge.links[0]?.circuit.inventoryId);
  });

  it('rejects a malformed request with the Bruin error object', async () => {
    const response = await lab.bruin.inject({
      method: 'POST',
      url: '/api/Ticket/repair',
      headers: { ...(await lab.bruinAuth()), 'content-type': 'application/json-patch+json' },
      payload: JSON.stringify({ ClientID: 'abc', WTNs: [] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      messageDetail: null,
      data: null,
      type: 'ValidationException',
      code: 400,
    });
    const broken = await lab.bruin.inject({
      method: 'POST',
      url: '/api/Ticket/repair',
      headers: { ...(await lab.bruinAuth()), 'content-type': 'application/json-patch+json' },
      payload: '{"ClientID": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 400 });
  });
});
