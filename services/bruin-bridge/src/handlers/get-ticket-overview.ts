import { EngineError } from '@automation-engine/contracts';
import { bruinTicketOverview } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** The ticket id of an overview request: a positive int or a digit string, else none. */
export function overviewTicketId(value: number | string | null): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) > 0) return Number(value);
  return undefined;
}

/**
 * `bruin.ticket.overview.request`: `GET /api/Ticket?TicketId=`. The first ticket; none → `[]`
 * with 200; an unusable id → 404 "not ticket id found" (all three as the original answered).
 */
export const getTicketOverview = defineHandler(bruinTicketOverview, async (body, { bruin }) => {
  const ticketId = overviewTicketId(body.ticket_id);
  if (ticketId === undefined) throw new EngineError('NOT_FOUND', 'not ticket id found');
  const { status, data } = await bruin.call(bruinEndpoints.tickets, {
    query: { TicketId: ticketId },
  });
  const none: [] = [];
  return { status, body: data.responses[0] ?? none };
});
