import type {
  BruinTicketBasicResponse,
  BruinTicketDetailsResponse,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabTicket } from '../../src/bruin/lab-ticket.js';
import type { FleetEdge } from '../../src/fleet/fleet-types.js';
import { labFixture, T0, type LabFixture } from '../helpers/lab-fixture.js';

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

describe('bruin tickets - listing', () => {
  it('filters B1 by client, status, topic, service number and creation dates', async () => {
    const [a, b] = edges as [FleetEdge, FleetEdge];
    const t1 = seed(a, { createdAt: T0 - 3_600_000 });
    seed(a, { topicCode: 'VAS', status: 'InProgress' });
    seed(b, { status: 'Resolved' });
    const ids = async (query: string) =>
      (await get(`/api/Ticket?${query}`))
        .json<{ responses: { ticketID: number }[] }>()
        .responses.map((t) => t.ticketID);
    expect(await ids(`ClientId=${String(a.clientId)}&TicketStatus=New`)).toEqual([t1.ticketID]);
    expect(await ids(`clientid=${String(a.clientId)}&tickettopic=VAS`)).toHaveLength(1);
    expect(await ids(`ServiceNumber=${b.serial}&TicketStatus=Resolved`)).toHaveLength(1);
    expect(await ids(`ServiceNumber=${b.serial}&TicketStatus=In-Progress`)).toEqual([]);
    expect(await ids(`StartDate=2023-04-11T12:00:00Z&EndDate=2023-04-11T12:30:00Z`)).toEqual([
      t1.ticketID,
    ]);
    expect(await ids(`TicketId=${String(t1.ticketID)}`)).toEqual([t1.ticketID]);
    expect(await ids('TicketStatus=Draft')).toEqual([]);
    expect((await get('/api/Ticket?StartDate=someday')).statusCode).toBe(400);
    expect((await get('/api/Ticket?ClientId=abc')).statusCode).toBe(400);
  });

  it('pages B2 and rejects an unknown filter with a text body', async () => {
    const edge = edges[0] as FleetEdge;
    for (let i = 0; i < 5; i += 1) seed(edge);
    const page = async (n: number) =>
      (
        await get(
          `/api/Ticket/basic?ClientId=${String(edge.clientId)}&TicketStatus=New,InProgress&PageSize=2&PageNumber=${String(n)}`,
        )
      ).json<BruinTicketBasicResponse>();
    expect(await page(1)).toMatchObject({ total: 5, start: 0, currentPageSize: 2 });
    expect((await page(3)).currentPageSize).toBe(1);
    expect((await page(4)).currentPageSize).toBe(0);
    const unknown = await get('/api/Ticket/basic?Colour=blue');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('text/plain');
    expect((await get('/api/Ticket/basic?PageSize=0')).statusCode).toBe(400);
  });
});

describe('bruin tickets - writing', () => {
  it('appends notes verbatim and returns them in details', async () => {
    const edge = edges[0] as FleetEdge;
    const ticket = seed(edge);
    const text = "#*MetTel's IPA*#\nTriage (VeloCloud)\n\nOutage Type: Hard Down (no HA)";
    expect(
      (await send('POST', `/api/Ticket/${String(ticket.ticketID)}/notes`, { note: text }))
        .statusCode,
    ).toBe(200);
    const details = (
      await get(`/api/Ticket/${String(ticket.ticketID)}/details`)
    ).json<BruinTicketDetailsResponse>();
    expect(details.ticketNotes[0]).toMatchObject({
      noteValue: text,
      serviceNumber: [edge.serial],
      creator: 'Intelygenz Ai',
    });
    expect(
      (await send('POST', `/api/Ticket/${String(ticket.ticketID)}/notes`, { nope: 1 })).statusCode,
    ).toBe(400);
    expect((await send('POST', '/api/Ticket/1/notes', { note: 'x' })).statusCode).toBe(404);
  });

  it('attaches advanced notes by detail id', async () => {
    const ticket = seed(edges[0] as FleetEdge);
    const detailId = ticket.details[0]?.detailID;
    const response = await send('POST', `/api/Ticket/${String(ticket.ticketID)}/notes/advanced`, {
      notes: [{ noteValue: 'by detail', noteType: 'ADN', detailId }],
    });
    expect(response.json()).toMatchObject({
      ticketNotes: [{ detailID: detailId, noteType: 'ADN' }],
    });
    expect(ticket.notes[0]?.serviceNumbers).toEqual([edges[0]?.serial]);
  });

  it('resolves and re-opens details, deriving the ticket status and keeping history', async () => {
    const [a, b] = edges as [FleetEdge, FleetEdge];
    const ticket = seed(a, { serviceNumbers: [a.serial, b.serial] });
    const [d1, d2] = ticket.details;
    const status = (detailId: number | undefined, Status: string) =>
      send('PUT', `/api/Ticket/${String(ticket.ticketID)}/details/${String(detailId)}/status`, {
        Status,
      });
    await status(d1?.detailID, 'R');
    expect(ticket.ticketStatus).toBe('New');
    await status(d2?.detailID, 'R');
    expect(ticket.ticketStatus).toBe('Resolved');
    await status(d2?.detailID, 'O');
    expect(ticket.ticketStatus).toBe('InProgress');
    expect(ticket.history.map((h) => h.ticketStatus)).toEqual([
      'New',
      'New',
      'Resolved',
      'InProgress',
    ]);
    expect((await status(999, 'R')).statusCode).toBe(404);
    expect((await status(d1?.detailID, 'X')).statusCode).toBe(400);
  });

  it('changes severity (1–4 only), closes, unpauses and subscribes', async () => {
    const ticket = seed(edges[0] as FleetEdge);
    const id = String(ticket.ticketID);
    expect(
      (await send('PUT', `/api/Ticket/${id}/severity`, { Severity: 2, Reason: 'down' })).json(),
    ).toEqual({
      TicketId: ticket.ticketID,
      Result: true,
    });
    expect(ticket.severity).toBe(2);
    const invalid = await send('PUT', `/api/Ticket/${id}/severity`, { Severity: 5, Reason: 'x' });
    expect(invalid.json()).toMatchObject({
      message: 'Invalid Severity',
      type: 'ApiValidationException',
    });
    const detail = ticket.details[0];
    if (detail !== undefined) detail.paused = true;
    expect(
      (await send('POST', `/api/Ticket/${id}/detail/unpause`, { serviceNumber: edges[0]?.serial }))
        .statusCode,
    ).toBe(200);
    expect(detail?.paused).toBe(false);
    expect((await send('POST', `/api/Ticket/${id}/detail/unpause`, {})).statusCode).toBe(400);
    expect(
      (
        await send('POST', `/api/Ticket/${id}/subscribeUser`, {
          subscriptionType: '2',
          user: { email: 'x@y.example' },
        })
      ).json(),
    ).toBe('OK');
    expect(ticket.subscribers).toEqual([{ email: 'x@y.example', subscriptionType: '2' }]);
    expect((await send('PUT', `/api/Ticket/${id}/close`, { CloseNote: 'done' })).statusCode).toBe(
      200,
    );
    expect(ticket.ticketStatus).toBe('Closed');
    expect(ticket.details.every((d) => d.detailStatus === 'C')).toBe(true);
  });

  it('moves a detail to another work queue and lists the other queues as next results', async () => {
    const edge = edges[0] as FleetEdge;
    const ticket = seed(edge);
    const id = String(ticket.ticketID);
    const next = (await get(`/api/Ticket/${id}/nextresult?ServiceNumber=${edge.serial}`)).json<{
      currentTaskName: string;
      nextResults: { resultTypeId: number; resultName: string }[];
    }>();
    expect(next.currentTaskName.trim()).toBe('IPA Investigate');
    const hnoc = next.nextResults.find((r) => r.resultName === 'HNOC Investigate');
    await send('PUT', `/api/Ticket/${id}/details/work`, {
      details: [{ serviceNumber: edge.serial }],
      notes: [],
      resultTypeId: hnoc?.resultTypeId,
    });
    expect(ticket.details[0]?.currentTaskName).toBe('HNOC Investigate');
    expect(ticket.ticketStatus).toBe('InProgress');
    expect(
      (
        await send('PUT', `/api/Ticket/${id}/details/work`, {
          details: [{ detailId: 1 }],
          notes: [],
          resultTypeId: 140,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await send('PUT', `/api/Ticket/${id}/details/work`, {
          details: [{ detailId: 1 }],
          notes: [],
          resultTypeId: 1,
        })
      ).statusCode,
    ).toBe(400);
    expect((await get(`/api/Ticket/${id}/nextresult?ServiceNumber=NOPE`)).statusCode).toBe(400);
  });

  it('creates a service-affecting ticket with B6 and refuses assets of another client', async () => {
    const edge = edges[0] as FleetEdge;
    const payload = {
      clientId: edge.clientId,
      category: 'VAS',
      services: [{ serviceNumber: edge.serial }],
      contacts: [{ email: 'site@x.example', name: 'Site', type: 'site' }],
    };
    const created = await send('POST', '/api/Ticket/', payload);
    const id = created.json<{ ticketIds: number[] }>().ticketIds[0] ?? 0;
    expect(lab.ctx.tickets.require(id)).toMatchObject({
      topicCode: 'VAS',
      topic: 'Service Affecting Trouble',
      ticketStatus: 'New',
    });
    const other = edges.find((e) => e.clientId !== edge.clientId) as FleetEdge;
    expect(
      (
        await send('POST', '/api/Ticket/', {
          ...payload,
          services: [{ serviceNumber: other.serial }],
        })
      ).statusCode,
    ).toBe(400);
    expect((await send('POST', '/api/Ticket/', { ...payload, clientId: 1 })).statusCode).toBe(400);
  });

  it('answers task history rows with the exact Bruin keys, one per note', async () => {
    const ticket = seed(edges[0] as FleetEdge);
    lab.ctx.tickets.addNote(ticket, {
      text: 'AI note',
      serviceNumbers: [edges[0]?.serial ?? ''],
      creator: 'IPA Bot',
    });
    const rows = (await get(`/api/Ticket/AITicketData?ticketId=${String(ticket.ticketID)}`)).json<{
      result: Record<string, unknown>[];
    }>().result;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      CallTicketID: ticket.ticketID,
      NoteType: 'ADN',
      Notes: 'AI note',
      Asset: edges[0]?.serial,
      'Ticket Entered Date': '202304110915',
    });
    expect((await get('/api/Ticket/AITicketData')).statusCode).toBe(400);
  });

  it('answers 404 for a non-numeric ticket id', async () => {
    expect((await get('/api/Ticket/abc/details')).statusCode).toBe(404);
  });
});
