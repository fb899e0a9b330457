import {
  BRUIN_OUTAGE_TICKET_STATUS,
  bruinTicketCreationOutage,
} from '@automation-engine/contracts/bruin';
import { metricValue } from '@automation-engine/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';
import { givenBruinFault, givenTicket, labTicket } from '../support/lab-tickets.js';

/**
 * `bruin.ticket.creation.outage.request`: each outcome of Bruin's repair endpoint, reproduced by
 * arranging the lab's tickets (simulators/README.md, B7 table).
 */
describe('outage repair ticket creation', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('outage');
  });

  afterEach(() => {
    h.lab.reset();
  });

  afterAll(async () => {
    await h.close();
  });

  const request = (serial: string, clientId: number) =>
    h.caller.request(bruinTicketCreationOutage, { client_id: clientId, service_number: serial });

  it('creates a ticket when none holds the serial, and answers its id with 200', async () => {
    const edge = anyEdge(h.lab);
    const reply = await request(edge.serial, edge.clientId);
    expect(reply.status).toBe(BRUIN_OUTAGE_TICKET_STATUS.created);
    const ticket = await labTicket(h, reply.body as number);
    expect(ticket).toMatchObject({ ticketStatus: 'New', details: [{ detailValue: edge.serial }] });
  });

  it('answers 409 with the open ticket when one is in progress', async () => {
    const edge = anyEdge(h.lab);
    const open = await givenTicket(h, { serviceNumbers: [edge.serial], status: 'InProgress' });
    const reply = await request(edge.serial, edge.clientId);
    expect(reply).toEqual({ ok: false, status: 409, body: open.ticketID });
  });

  it('answers 471 with the resolved ticket when Bruin cannot re-open it', async () => {
    const edge = anyEdge(h.lab);
    const resolved = await givenTicket(h, {
      serviceNumbers: [edge.serial],
      status: 'Resolved',
      reopenable: false,
    });
    const reply = await request(edge.serial, edge.clientId);
    expect(reply).toEqual({ ok: false, status: 471, body: resolved.ticketID });
    expect((await labTicket(h, resolved.ticketID)).ticketStatus).toBe('Resolved');
  });

  it('answers 472 when Bruin re-opened the resolved ticket (the reopen path)', async () => {
    const edge = anyEdge(h.lab);
    const resolved = await givenTicket(h, { serviceNumbers: [edge.serial], status: 'Resolved' });
    const reply = await request(edge.serial, edge.clientId);
    expect(reply).toEqual({ ok: false, status: 472, body: resolved.ticketID });
    expect((await labTicket(h, resolved.ticketID)).ticketStatus).toBe('InProgress');
  });

  it('answers 473 when a resolved ticket of the same site was re-opened and the serial added', async () => {
    const edge = anyEdge(h.lab);
    const circuit = edge.links[0]!.circuit.serviceNumber; // same client, same site, other asset
    const siteTicket = await givenTicket(h, { serviceNumbers: [circuit], status: 'Resolved' });
    const reply = await request(edge.serial, edge.clientId);
    expect(reply).toEqual({ ok: false, status: 473, body: siteTicket.ticketID });
    const after = await labTicket(h, siteTicket.ticketID);
    expect(after.details.map((d) => d.detailValue)).toEqual([circuit, edge.serial]);
  });

  it('answers 503 when Bruin gives ticket id 0 (the serial is not the client asset)', async () => {
    const edge = anyEdge(h.lab);
    const reply = await request(edge.serial, edge.clientId + 1);
    expect(reply.status).toBe(BRUIN_OUTAGE_TICKET_STATUS.unavailable);
    expect(String(reply.body)).toContain(
      `Bruin reported a ticket ID = 0 after SO ticket creation for device ${edge.serial}`,
    );
  });

  it('answers Bruin body and status as they are in full mode, interfaces included', async () => {
    const edge = anyEdge(h.lab);
    const link = edge.links[0]!;
    const reply = await h.caller.request(bruinTicketCreationOutage, {
      client_id: edge.clientId,
      service_number: [edge.serial],
      ticket_contact: { email: 'ops@example.net' },
      interfaces: [link.interface],
      get_full_response: true,
    });
    expect(reply.status).toBe(200);
    const body = reply.body as { items: { wtn: string; errorCode: number | null }[] };
    expect(body.items.map((item) => item.wtn)).toEqual([edge.serial, link.circuit.serviceNumber]);
  });

  it('answers the original sentences for Bruin 403 and 404', async () => {
    const edge = anyEdge(h.lab);
    await givenBruinFault(h, { path: '/api/Ticket/repair', status: 403, times: 1 });
    const forbidden = await request(edge.serial, edge.clientId);
    expect(forbidden.status).toBe(403);
    expect(String(forbidden.body)).toMatch(
      /^Permissions to create a new outage ticket with payload \{"ClientID":.*\} were not granted$/,
    );
    await givenBruinFault(h, { path: '/api/Ticket/repair', status: 404, times: 1 });
    const missing = await request(edge.serial, edge.clientId);
    expect(missing).toEqual({
      ok: false,
      status: 404,
      body: `Check mistypings in URL: ${h.lab.urls.bruin}/api/Ticket/repair`,
    });
  });

  it('does not send a repair request twice when Bruin answers 5xx (it may have acted)', async () => {
    const edge = anyEdge(h.lab);
    await givenBruinFault(h, { path: '/api/Ticket/repair', status: 502, times: 1 });
    const before = await repairAttempts();
    const reply = await request(edge.serial, edge.clientId);
    expect(reply).toEqual({ ok: false, status: 500, body: 'Got internal error from Bruin' });
    expect((await repairAttempts()) - before).toBe(1);
  });

  async function repairAttempts(): Promise<number> {
    return (
      (await metricValue(h.registry, 'bruin_api_usage', {
        method: 'POST',
        endpoint_: '/api/Ticket/repair',
      })) ?? 0
    );
  }
});
