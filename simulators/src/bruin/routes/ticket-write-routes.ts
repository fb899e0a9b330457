import {
  bruinAdvancedNotesRequest,
  bruinDetailStatusRequest,
  bruinNoteAppendRequest,
  bruinPaths,
  bruinSeverityRequest,
  bruinSubscribeUserRequest,
  bruinTicketCloseRequest,
  bruinTicketCreationRequest,
  bruinUnpauseRequest,
  bruinWorkQueueChangeRequest,
  type BruinAdvancedNotesResponse,
  type BruinSeverityResponse,
  type BruinTicketCreationResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import type { BruinDeps } from '../bruin-deps.js';
import {
  badRequest,
  BruinHttpError,
  bruinErrorBody,
  intParam,
  parseBruinBody,
  sendJsonString,
} from '../bruin-http.js';
import { toCreatedNote } from '../bruin-views.js';
import type { LabTicket, LabTicketDetail } from '../lab-ticket.js';
import { workQueueById } from '../work-queues.js';
import { requireTicket } from './ticket-read-routes.js';

const path = (template: string): string =>
  template.replace('{ticketId}', ':ticketId').replace('{detailId}', ':detailId');

/** B4, B5, B6, B8, B9, B10, B12, B13, B18: writing tickets, kept in the lab's ticket store. */
export function registerTicketWriteRoutes(app: FastifyInstance, deps: BruinDeps): void {
  const { tickets, settings } = deps.ctx;
  const actor = settings.bruin.apiUserName;

  app.post(path(bruinPaths.noteAppend), (request) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinNoteAppendRequest, request.body);
    const note = tickets.addNote(ticket, {
      text: body.note,
      serviceNumbers: body.serviceNumbers ?? ticket.details.map((d) => d.detailValue),
      creator: actor,
    });
    return { noteId: note.noteId };
  });

  app.post(path(bruinPaths.notesAdvanced), (request): BruinAdvancedNotesResponse => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinAdvancedNotesRequest, request.body);
    const created = body.notes.map((n) => {
      const detail = findDetail(ticket, { detailId: n.detailId, serviceNumber: n.serviceNumber });
      const serviceNumber = n.serviceNumber ?? detail?.detailValue;
      return tickets.addNote(ticket, {
        text: n.noteValue,
        serviceNumbers: serviceNumber === undefined ? [] : [serviceNumber],
        noteType: n.noteType,
        detailId: detail?.detailID ?? null,
        creator: actor,
      });
    });
    return { ticketNotes: created.map(toCreatedNote) };
  });

  app.post(bruinPaths.ticketCreation, (request): BruinTicketCreationResponse => {
    const body = parseBruinBody(bruinTicketCreationRequest, request.body);
    if (deps.ctx.fleet.index.clientById.get(body.clientId) === undefined) {
      throw badRequest(`Client ${String(body.clientId)} was not found.`);
    }
    const serviceNumbers = body.services.map((s) => s.serviceNumber);
    const missing = serviceNumbers.filter(
      (sn) => tickets.activeInventory(sn, body.clientId) === undefined,
    );
    if (missing.length > 0)
      throw badRequest(`Invalid service number(s) for the client: ${missing.join(', ')}.`);
    const ticket = tickets.create({
      clientId: body.clientId,
      topicCode: body.category,
      serviceNumbers,
      description: `${actor} -- ${body.category}`,
      createdBy: actor,
      contacts: body.contacts,
    });
    return { ticketIds: [ticket.ticketID] };
  });

  app.put(path(bruinPaths.detailStatus), async (request, reply) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const detail = tickets.requireDetail(ticket, intParam(request, 'detailId'));
    const body = parseBruinBody(bruinDetailStatusRequest, request.body);
    const interfaces =
      body.Interfaces === undefined ? '' : ` (interfaces ${body.Interfaces.join(', ')})`;
    tickets.setDetailStatus(ticket, detail, {
      status: body.Status === 'O' ? 'I' : 'R',
      actor,
      reason: `${body.Status === 'O' ? 'detail re-opened' : 'detail resolved'}${interfaces}`,
    });
    return sendJsonString(reply, 'Success');
  });

  app.put(path(bruinPaths.ticketClose), async (request, reply) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinTicketCloseRequest, request.body);
    tickets.addNote(ticket, {
      text: body.CloseNote,
      serviceNumbers: ticket.details.map((d) => d.detailValue),
      creator: actor,
    });
    for (const detail of ticket.details) detail.detailStatus = 'C';
    tickets.setTicketStatus(ticket, 'Closed', { actor, reason: 'closed' });
    return sendJsonString(reply, 'closed');
  });

  app.put(path(bruinPaths.severity), (request): BruinSeverityResponse => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinSeverityRequest, request.body);
    if (body.Severity < 1 || body.Severity > 4) {
      throw new BruinHttpError(
        400,
        bruinErrorBody({ message: 'Invalid Severity', type: 'ApiValidationException' }),
      );
    }
    const before = ticket.severity;
    ticket.severity = body.Severity;
    tickets.setTicketStatus(ticket, ticket.ticketStatus, {
      actor,
      reason: `severity ${String(before)} → ${String(body.Severity)}: ${body.Reason}`,
    });
    return { TicketId: ticket.ticketID, Result: true };
  });

  app.put(path(bruinPaths.workQueue), (request) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinWorkQueueChangeRequest, request.body);
    const queue = workQueueById(body.resultTypeId);
    if (queue === undefined) throw badRequest(`Invalid resultTypeId ${String(body.resultTypeId)}.`);
    const details = body.details.map((d) => {
      const detail = findDetail(ticket, d);
      if (detail === undefined) throw badRequest('A detail of the request is not on the ticket.');
      return detail;
    });
    for (const detail of details) {
      tickets.assignTask(detail, queue.resultName);
      tickets.setTicketStatus(
        ticket,
        ticket.ticketStatus === 'New' ? 'InProgress' : ticket.ticketStatus,
        {
          actor,
          reason: `detail ${String(detail.detailID)} moved to ${queue.resultName}`,
        },
      );
    }
    return { message: 'success' };
  });

  app.post(path(bruinPaths.unpause), async (request, reply) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinUnpauseRequest, request.body);
    const detail = findDetail(ticket, {
      detailId: body.DetailId,
      serviceNumber: body.serviceNumber,
    });
    if (detail === undefined)
      throw badRequest('No detail matches the serviceNumber/DetailId given.');
    detail.paused = false;
    tickets.setTicketStatus(ticket, ticket.ticketStatus, {
      actor,
      reason: `detail ${String(detail.detailID)} unpaused`,
    });
    return sendJsonString(reply, 'Success');
  });

  app.post(path(bruinPaths.subscribeUser), async (request, reply) => {
    const ticket = requireTicket(deps, intParam(request, 'ticketId'));
    const body = parseBruinBody(bruinSubscribeUserRequest, request.body);
    ticket.subscribers.push({ email: body.user.email, subscriptionType: body.subscriptionType });
    return sendJsonString(reply, 'OK');
  });
}

function findDetail(
  ticket: LabTicket,
  by: { detailId?: number | undefined; serviceNumber?: string | undefined },
): LabTicketDetail | undefined {
  return ticket.details.find(
    (d) =>
      (by.detailId !== undefined && d.detailID === by.detailId) ||
      (by.detailId === undefined &&
        by.serviceNumber !== undefined &&
        d.detailValue === by.serviceNumber),
  );
}
