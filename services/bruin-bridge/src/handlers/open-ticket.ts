import { bruinTicketStatusOpen } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.status.open`: `PUT /api/Ticket/{t}/details/{d}/status` `{Status: "O"}`. */
export const openTicket = defineHandler(bruinTicketStatusOpen, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.detailStatus, {
    params: { ticketId: body.ticket_id, detailId: body.detail_id },
    body: { Status: 'O' },
  });
  return { status, body: data };
});
