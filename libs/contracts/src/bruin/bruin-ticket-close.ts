import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/** `bruin.ticket.close` → `PUT /api/Ticket/{id}/close` `{CloseNote}`. */
export const bruinTicketClose = defineContract({
  subject: 'bruin.ticket.close',
  request: z.looseObject({ ticket_id: bruinId, close_note: z.string().min(1) }),
  response: bruinAnyAnswer,
  timeoutMs: 75_000,
  description: 'Closes a ticket with a note',
});
