import { bruinTicketUnpause } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.unpause`: `POST /api/Ticket/{id}/detail/unpause` `{serviceNumber?, DetailId?}`
 * (Bruin's mixed casing, as the original sent it).
 */
export const unpauseTicket = defineHandler(bruinTicketUnpause, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.unpause, {
    params: { ticketId: body.ticket_id },
    body: {
      ...(body.service_number ? { serviceNumber: body.service_number } : {}),
      ...(body.detail_id ? { DetailId: Number(body.detail_id) } : {}),
    },
  });
  return { status, body: data };
});
