import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabTicket } from '../../src/bruin/lab-ticket.js';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let edges: readonly FleetEdge[];

beforeEach(() => {
  lab = labFixture({ edges: 60 });
  edges = lab.ctx.fleet.edges.filter((e) => e.links.length > 0);
});
afterEach(async () => {
  await lab.close();
});

function seed(
  edge: FleetEdge,
  overrides: Partial<Parameters<typeof lab.ctx.tickets.create>[0]> = {},
): LabTicket {
  return lab.ctx.tickets.create({
    clientId: edge.clientId,
    topicCode: 'VOO',
    serviceNumbers: [edge.serial],
    description: "MetTel's IPA -- Service Outage Trouble",
    createdBy: 'Intelygenz Ai',
    ...overrides,
  });
}

async function get(url: string) {
  return lab.bruin.inject({ method: 'GET', url, headers: await lab.bruinAuth() });
}

async function send(method: 'POST' | 'PUT', url: string, payload: unknown) {
  return lab.bruin.inject({
    method,
    url,
    headers: await lab.bruinAuth(),
    payload: payload as object,
  });
}

describe('bruin inventory', () => {
  it('answers empty documents, null attributes, 204 circuit and 404 DID for unknown assets', async () => {
    expect((await get('/api/Inventory?ServiceNumber=NOPE')).json()).toEqual({ documents: [] });
    expect(
      (await get('/api/Inventory/Attribute?ClientId=1&Status=A&ServiceNumber=NOPE')).json(),
    ).toEqual({
      inventoryId: null,
      serviceNumber: 'NOPE',
      attributes: [],
    });
    const circuit = await get('/api/Inventory/circuit?CircuitId=NOPE');
    expect(circuit.statusCode).toBe(204);
    expect(circuit.body).toBe('');
    expect(
      (await get('/api/Inventory/phoneNumber/Lines?phoneNumber=%2B19999999999&phoneNumberType=DID'))
        .statusCode,
    ).toBe(404);
    expect((await get('/api/Site?ClientId=1&SiteId=1')).json()).toEqual({ documents: [] });
    expect((await get('/api/Ticket/Contacts?ClientId=1')).json()).toEqual({ results: [] });
    expect((await get('/api/Inventory')).statusCode).toBe(400);
  });

  it('finds circuits by service number too, and DID lines without the +1', async () => {
    const edge = edges[0] as FleetEdge;
    const circuit = edge.links[0]?.circuit;
    const byWtn = (
      await get(
        `/api/Inventory/circuit?CircuitId=${circuit?.serviceNumber ?? ''}&ClientId=${String(edge.clientId)}`,
      )
    ).json<{ wtn: string }>();
    expect(byWtn.wtn).toBe(circuit?.serviceNumber);
    const line = lab.ctx.fleet.index.clientById.get(edge.clientId)?.phoneLines[0];
    const response = await get(
      `/api/Inventory/phoneNumber/Lines?phoneNumber=${line?.phoneNumber.slice(2) ?? ''}&phoneNumberType=DID`,
    );
    expect(response.json()).toMatchObject({
      clientId: edge.clientId,
      inventoryId: line?.inventoryId,
    });
  });

  it('keeps decommissioned duplicates visible but answers attributes of the active one', async () => {
    const lab2 = labFixture({ edges: 60, duplicateInventoryRatio: 1 });
    const edge = lab2.ctx.fleet.edges[0] as FleetEdge;
    const headers = await lab2.bruinAuth();
    const docs = (
      await lab2.bruin.inject({
        method: 'GET',
        url: `/api/Inventory?ServiceNumber=${edge.serial}`,
        headers,
      })
    ).json<{
      documents: { status: string }[];
    }>();
    expect(docs.documents.map((d) => d.status).sort()).toEqual(['A', 'D']);
    const attrs = (
      await lab2.bruin.inject({
        method: 'GET',
        url: `/api/Inventory/Attribute?ClientId=${String(edge.clientId)}&Status=A&ServiceNumber=${edge.serial}`,
        headers,
      })
    ).json<{ attributes: unknown[] }>();
    expect(attrs.attributes.length).toBeGreaterThan(0);
    await lab2.close();
  });
});

describe('bruin e-mail endpoints', () => {
  it('records milestone e-mails on the ticket and tags once (204, then 409)', async () => {
    const ticket = seed(edges[0] as FleetEdge);
    await send('POST', '/api/Notification/email/milestone', {
      TicketId: ticket.ticketID,
      NotificationType: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
      Detail: { ServiceNumber: edges[0]?.serial },
    });
    expect(ticket.notifications).toHaveLength(1);
    expect((await send('POST', '/api/Email/77/tag/3', {})).statusCode).toBe(204);
    expect((await send('POST', '/api/Email/77/tag/3', {})).statusCode).toBe(409);
    expect(
      (
        await send('POST', '/api/Notification/email/ReplyAll?IsContentHTMLEncoded=true', {
          content: 'hi',
          emailId: 77,
        })
      ).json(),
    ).toBe('OK');
    expect((await send('POST', '/api/Email/77/link/ticket/1', {})).json()).toMatchObject({
      success: false,
    });
    const emails = (await lab.control.inject({ method: 'GET', url: '/bruin/emails' })).json<
      {
        kind: string;
      }[]
    >();
    expect(emails.map((e) => e.kind)).toEqual(['tag', 'reply', 'link']);
  });
});
