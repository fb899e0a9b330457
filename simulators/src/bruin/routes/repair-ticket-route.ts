import {
  BRUIN_ATTRIBUTE_KEYS,
  bruinPaths,
  bruinRepairTicketRequest,
  type BruinRepairTicketItem,
  type BruinRepairTicketRequest,
  type BruinRepairTicketResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import type { BruinDeps } from '../bruin-deps.js';
import { parseBruinBody } from '../bruin-http.js';
import {
  decideRepairOutcome,
  REPAIR_OUTCOME_CODES,
  type RepairOutcome,
} from '../decide-repair-outcome.js';
import type { LabTicket } from '../lab-ticket.js';

/**
 * B7 `POST /api/Ticket/repair`: an outage repair request. HTTP 200 always; the outcome
 * (created / 409 / 471 / 472 / 473 / `ticketId` 0) is decided from the lab's tickets.
 */
export function registerRepairTicketRoute(app: FastifyInstance, deps: BruinDeps): void {
  app.post(bruinPaths.repairTicket, (request): BruinRepairTicketResponse => {
    const body = parseBruinBody(bruinRepairTicketRequest, request.body);
    return repairTicket(deps, body);
  });
}

export function repairTicket(
  deps: BruinDeps,
  body: BruinRepairTicketRequest,
): BruinRepairTicketResponse {
  const { tickets } = deps.ctx;
  const actor = deps.ctx.settings.bruin.apiUserName;
  const [wtn, ...otherWtns] = body.WTNs;
  const doc = wtn === undefined ? undefined : tickets.activeInventory(wtn, body.ClientID);
  if (wtn === undefined || doc === undefined) {
    return {
      message: 'Ticket could not be created',
      items: body.WTNs.map((w) =>
        failedItem(w, `Service number ${w} was not found for client ${String(body.ClientID)}`),
      ),
    };
  }
  const outcome = decideRepairOutcome({
    holding: tickets.list({ serviceNumber: wtn }),
    atSite: tickets.list({ siteId: doc.siteId, clientId: body.ClientID }),
  });
  const ticket = applyOutcome({ deps, outcome, wtns: [wtn, ...otherWtns], body, actor });
  const errorCode = REPAIR_OUTCOME_CODES[outcome.kind];
  const item = (w: string, inventoryId: number | null): BruinRepairTicketItem => ({
    ticketId: ticket.ticketID,
    inventoryId,
    wtn: w,
    errorMessage: errorCode === null ? null : errorMessage(outcome),
    errorCode,
  });
  const items: BruinRepairTicketItem[] = [wtn, ...otherWtns].map((w) =>
    item(w, tickets.activeInventory(w, body.ClientID)?.inventoryId ?? null),
  );
  const interfaces = body.WtnInterfaces?.[wtn] ?? [];
  const attributes = doc.attributes;
  for (const iface of interfaces) {
    const circuit = attributes.find(
      (a) => a.key === `${iface}${BRUIN_ATTRIBUTE_KEYS.serviceNumberSuffix}`,
    )?.value;
    if (circuit === undefined || circuit === null) continue;
    items.push(item(circuit, tickets.activeInventory(circuit, body.ClientID)?.inventoryId ?? null));
  }
  return errorCode === null ? { message: null, items } : { message: null, assets: items };
}

function applyOutcome(args: {
  deps: BruinDeps;
  outcome: RepairOutcome;
  wtns: string[];
  body: BruinRepairTicketRequest;
  actor: string;
}): LabTicket {
  const { deps, outcome, wtns, body, actor } = args;
  const { tickets } = deps.ctx;
  const wtn = wtns[0] ?? '';
  switch (outcome.kind) {
    case 'create':
      return tickets.create({
        clientId: body.ClientID,
        topicCode: 'VOO',
        serviceNumbers: wtns,
        description: body.RequestDescription,
        createdBy: actor,
        contacts: body.ticketContact === undefined ? [] : [body.ticketContact],
      });
    case 'already-open':
    case 'resolved-not-reopened':
      return outcome.ticket;
    case 'resolved-reopened': {
      const detail = outcome.ticket.details.find((d) => d.detailValue === wtn);
      if (detail !== undefined) {
        tickets.setDetailStatus(outcome.ticket, detail, {
          status: 'I',
          actor,
          reason: 'repair request re-opened the detail',
        });
      }
      return outcome.ticket;
    }
    case 'site-ticket-reopened': {
      const detail = tickets.addDetail(outcome.ticket, { serviceNumber: wtn });
      tickets.setDetailStatus(outcome.ticket, detail, {
        status: 'I',
        actor,
        reason: `repair request re-opened the site's ticket and added ${wtn}`,
      });
      return outcome.ticket;
    }
  }
}

function errorMessage(outcome: RepairOutcome): string {
  switch (outcome.kind) {
    case 'create':
      return '';
    case 'already-open':
      return 'Ticket exists';
    case 'resolved-not-reopened':
      return 'Resolved ticket exists and could not be re-opened';
    case 'resolved-reopened':
      return 'Resolved ticket re-opened';
    case 'site-ticket-reopened':
      return 'Resolved ticket at the same location re-opened';
  }
}

function failedItem(wtn: string, reason: string): BruinRepairTicketItem {
  return { ticketId: 0, inventoryId: null, wtn, errorMessage: reason, errorCode: null };
}
