import { BRUIN_REPAIR_ERROR_CODES } from '@automation-engine/vendor-apis';
import { OPEN_TICKET_STATUSES, type LabTicket } from './lab-ticket.js';

export type RepairOutcome =
  | { kind: 'create' }
  | { kind: 'already-open'; ticket: LabTicket }
  | { kind: 'resolved-not-reopened'; ticket: LabTicket }
  | { kind: 'resolved-reopened'; ticket: LabTicket }
  | { kind: 'site-ticket-reopened'; ticket: LabTicket };

/** The `errorCode` each outcome answers with (null for a new ticket). */
export const REPAIR_OUTCOME_CODES = {
  create: null,
  'already-open': BRUIN_REPAIR_ERROR_CODES.alreadyOpen,
  'resolved-not-reopened': BRUIN_REPAIR_ERROR_CODES.resolvedNotReopened,
  'resolved-reopened': BRUIN_REPAIR_ERROR_CODES.resolvedReopened,
  'site-ticket-reopened': BRUIN_REPAIR_ERROR_CODES.siteTicketReopened,
} as const satisfies Record<RepairOutcome['kind'], number | null>;

/**
 * What Bruin does with an outage repair request for a service number, decided from the outage
 * tickets that hold it and those of its site (most recent first wins):
 * open ticket holding it → 409; resolved one → re-open (472) or, if it cannot be re-opened, 471;
 * else a resolved re-openable ticket at the same site → re-open it and add a detail (473);
 * else a new ticket. Closed tickets never match.
 */
export function decideRepairOutcome(args: {
  holding: readonly LabTicket[];
  atSite: readonly LabTicket[];
}): RepairOutcome {
  const holding = outageTickets(args.holding);
  const open = holding.find(
    (t) => OPEN_TICKET_STATUSES.includes(t.ticketStatus) || t.ticketStatus === 'In-Progress',
  );
  if (open !== undefined) return { kind: 'already-open', ticket: open };
  const resolved = holding.find((t) => t.ticketStatus === 'Resolved');
  if (resolved !== undefined) {
    return resolved.reopenable
      ? { kind: 'resolved-reopened', ticket: resolved }
      : { kind: 'resolved-not-reopened', ticket: resolved };
  }
  const siteTicket = outageTickets(args.atSite).find(
    (t) => t.ticketStatus === 'Resolved' && t.reopenable,
  );
  if (siteTicket !== undefined) return { kind: 'site-ticket-reopened', ticket: siteTicket };
  return { kind: 'create' };
}

function outageTickets(tickets: readonly LabTicket[]): LabTicket[] {
  return tickets
    .filter((t) => t.topicCode === 'VOO')
    .sort((a, b) => b.createdAt - a.createdAt || b.ticketID - a.ticketID);
}
