import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * `bruin.link.ticket.email` → `POST /api/Email/{email_id}/link/ticket/{ticket_id}`. Replies
 * Bruin's answer with 200; `success: false` → 400 "Problem linking ticket X and email Y".
 */
export const bruinLinkTicketEmail = defineContract({
  subject: 'bruin.link.ticket.email',
  request: z.looseObject({ ticket_id: bruinId, email_id: bruinId }),
  response: z.looseObject({
    success: z.boolean(),
    emailId: z.number().int().optional(),
    ticketId: z.number().int().optional(),
    totalEmailAffected: z.number().int().optional(),
    warnings: z.array(z.unknown()).optional(),
  }),
  timeoutMs: 90_000,
  description: 'Links a Bruin e-mail to a ticket',
});
