import { EngineError } from '@automation-engine/contracts';
import { bruinLinkTicketEmail } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.link.ticket.email`: `POST /api/Email/{email_id}/link/ticket/{ticket_id}`; replies 200,
 * or 400 "Problem linking ticket X and email Y" when Bruin says `success: false`.
 */
export const linkTicketToEmail = defineHandler(bruinLinkTicketEmail, async (body, { bruin }) => {
  const { data } = await bruin.call(bruinEndpoints.emailLinkTicket, {
    params: { emailId: body.email_id, ticketId: body.ticket_id },
  });
  if (!data.success) {
    throw new EngineError(
      'BAD_REQUEST',
      `Problem linking ticket ${String(body.ticket_id)} and email ${String(body.email_id)}`,
    );
  }
  return { status: 200, body: data };
});
