import { bruinTicketStatusResolve } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.status.resolve`: `PUT /api/Ticket/{t}/details/{d}/status` `{Status: "R",
 * Interfaces?}` (interfaces only when some are given).
 */
export const resolveTicket = defineHandler(bruinTicketStatusResolve, async (body, { bruin }) => {
  const interfaces = body.interfaces ?? [];
  const { status, data } = await bruin.call(bruinEndpoints.detailStatus, {
    params: { ticketId: body.ticket_id, detailId: body.detail_id },
    body: { Status: 'R', ...(interfaces.length > 0 ? { Interfaces: interfaces } : {}) },
  });
  return { status, body: data };
});
