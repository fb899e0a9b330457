import { bruinTicketDetails } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.details.request`: `GET /api/Ticket/{id}/details`, replied unchanged. */
export const getTicketDetails = defineHandler(bruinTicketDetails, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.ticketDetails, {
    params: { ticketId: body.ticket_id },
  });
  return { status, body: data };
});
