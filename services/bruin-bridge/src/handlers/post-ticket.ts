import { bruinTicketCreation } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.creation.request`: `POST /api/Ticket/` with the caller's body as it is. */
export const postTicket = defineHandler(bruinTicketCreation, async (body, { bruin, logger }) => {
  const { status, data } = await bruin.call(bruinEndpoints.ticketCreation, { body });
  logger.info({ clientId: body.clientId, ticketId: data.ticketIds[0] }, 'ticket created');
  return { status, body: data };
});
