import type { FastifyInstance } from 'fastify';
import { formatBruinDateTime } from '../../bruin/bruin-dates.js';
import type { BruinEmailLog } from '../../bruin/bruin-email-log.js';
import type { LabTicket } from '../../bruin/lab-ticket.js';
import { LabError } from '../../errors.js';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';
import { ticketListQuery, ticketPatchBody, ticketSeedBody } from '../control-schemas.js';

/**
 * Bruin's lab state, mounted under `/bruin`: tickets with details, notes and status history
 * (read, seed, patch) and the e-mail actions the engine asked for.
 */
export function registerBruinTicketRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; emails: BruinEmailLog },
): void {
  const { tickets, fleet } = deps.ctx;

  app.get('/tickets', (request) => {
    const query = parseControl(ticketListQuery, request.query ?? {});
    const list = tickets.list({
      ...(query.serviceNumber === undefined ? {} : { serviceNumber: query.serviceNumber }),
      ...(query.clientId === undefined ? {} : { clientId: query.clientId }),
      ...(query.status === undefined ? {} : { statuses: query.status.split(',') }),
      ...(query.topic === undefined ? {} : { topic: query.topic }),
    });
    return { total: list.length, tickets: list.map(ticketView) };
  });

  app.get<{ Params: { id: string } }>('/tickets/:id', (request) =>
    ticketView(tickets.require(Number(request.params.id))),
  );

  app.post('/tickets', async (request, reply) => {
    const body = parseControl(ticketSeedBody, request.body);
    const first = body.serviceNumbers[0] ?? '';
    const clientId =
      body.clientId ??
      fleet.index.inventoryByServiceNumber.get(first)?.find((d) => d.status === 'A')?.clientId;
    if (clientId === undefined)
      throw new LabError('BAD_REQUEST', `no active inventory for ${first}; give clientId`);
    const ticket = tickets.create({
      clientId,
      topicCode: body.topic,
      serviceNumbers: body.serviceNumbers,
      description:
        body.topic === 'VOO'
          ? "MetTel's IPA -- Service Outage Trouble"
          : 'Service Affecting Trouble',
      createdBy: body.createdBy ?? deps.ctx.settings.bruin.apiUserName,
      status: body.status,
      reopenable: body.reopenable,
      ...(body.severity === undefined ? {} : { severity: body.severity }),
      ...(body.createdAt === undefined ? {} : { createdAt: body.createdAt }),
    });
    for (const text of body.notes) {
      tickets.addNote(ticket, {
        text,
        serviceNumbers: body.serviceNumbers,
        creator: ticket.createdBy,
      });
    }
    return reply.code(201).send(ticketView(ticket));
  });

  app.patch<{ Params: { id: string } }>('/tickets/:id', (request) => {
    const body = parseControl(ticketPatchBody, request.body);
    const ticket = tickets.require(Number(request.params.id));
    if (body.reopenable !== undefined) ticket.reopenable = body.reopenable;
    if (body.severity !== undefined) ticket.severity = body.severity;
    if (body.ticketStatus !== undefined) {
      const detailStatus =
        body.ticketStatus === 'Resolved' ? 'R' : body.ticketStatus === 'Closed' ? 'C' : 'I';
      for (const detail of ticket.details) detail.detailStatus = detailStatus;
      tickets.setTicketStatus(ticket, body.ticketStatus, {
        actor: 'lab control',
        reason: 'set through the control API',
      });
    }
    return ticketView(ticket);
  });

  app.get('/emails', () => deps.emails.list());
}

/** A ticket with everything the lab knows, dates as ISO strings. */
export function ticketView(ticket: LabTicket) {
  return {
    ticketID: ticket.ticketID,
    clientID: ticket.clientID,
    clientName: ticket.clientName,
    ticketStatus: ticket.ticketStatus,
    topic: ticket.topic,
    topicCode: ticket.topicCode,
    category: ticket.category,
    severity: ticket.severity,
    createdAt: new Date(ticket.createdAt).toISOString(),
    createdBy: ticket.createdBy,
    siteId: ticket.siteId,
    reopenable: ticket.reopenable,
    details: ticket.details.map((d) => ({
      ...d,
      lastUpdatedAt: formatBruinDateTime(d.lastUpdatedAt),
    })),
    notes: ticket.notes.map((n) => ({ ...n, createdAt: new Date(n.createdAt).toISOString() })),
    statusHistory: ticket.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    notifications: ticket.notifications.map((n) => ({ ...n, at: new Date(n.at).toISOString() })),
    subscribers: ticket.subscribers,
    contacts: ticket.contacts,
  };
}
