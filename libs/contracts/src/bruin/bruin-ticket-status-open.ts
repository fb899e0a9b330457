import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/** `bruin.ticket.status.open` → `PUT /api/Ticket/{t}/details/{d}/status` `{Status: "O"}`. */
export const bruinTicketStatusOpen = defineContract({
  subject: 'bruin.ticket.status.open',
  request: z.looseObject({ ticket_id: bruinId, detail_id: bruinId }),
  response: bruinAnyAnswer,
  timeoutMs: 75_000,
  description: 'Re-opens a ticket detail',
});
