import { bruinTicket } from '@automation-engine/contracts/bruin';
import type { BruinTicket } from '@automation-engine/vendor-apis';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { mergeTicketLists } from '../mapping/merge-ticket-lists.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.request`: one `GET /api/Ticket` per status, concurrently; the lists merged and
 * de-duplicated by `ticketID`. As the original (and its tests), a status whose call fails adds
 * nothing and the others are still answered; only when every call fails is the failure replied
 * (the first status's, where the original took whichever finished last).
 */
export const getTickets = defineHandler(bruinTicket, async (body, { bruin, logger }) => {
  const bothDates = Boolean(body.start_date) && Boolean(body.end_date);
  const filters = {
    ClientId: body.client_id,
    TicketTopic: body.ticket_topic,
    ProductCategory: body.category || undefined,
    TicketId: body.ticket_id || undefined,
    ServiceNumber: body.service_number || undefined,
    StartDate: bothDates ? body.start_date : undefined,
    EndDate: bothDates ? body.end_date : undefined,
  };
  const outcomes = await Promise.allSettled(
    body.ticket_status.map((status) =>
      bruin.call(bruinEndpoints.tickets, { query: { ...filters, TicketStatus: status } }),
    ),
  );
  const lists: BruinTicket[][] = [];
  const failures: unknown[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') lists.push(outcome.value.data.responses);
    else failures.push(outcome.reason);
  }
  if (lists.length === 0) throw failures[0];
  if (failures.length > 0) {
    logger.warn({ failed: failures.length, of: outcomes.length }, 'some ticket statuses failed');
  }
  return { status: 200, body: mergeTicketLists(lists) };
});
