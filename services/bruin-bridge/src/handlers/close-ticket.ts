import { bruinTicketClose } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.close`: `PUT /api/Ticket/{id}/close` `{CloseNote}`. */
export const closeTicket = defineHandler(bruinTicketClose, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.ticketClose, {
    params: { ticketId: body.ticket_id },
    body: { CloseNote: body.close_note },
  });
  return { status, body: data };
});
