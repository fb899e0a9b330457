import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.get.task.history` → `GET /api/Ticket/AITicketData?ticketId=`. Replies Bruin's
 * `result` rows, keys as Bruin spells them (`CallTicketID`, `Ticket Entered Date`, `NoteType`…).
 */
export const bruinTicketGetTaskHistory = defineContract({
  subject: 'bruin.ticket.get.task.history',
  request: z.looseObject({ ticket_id: bruinId }),
  response: z.array(z.looseObject({})),
  timeoutMs: 75_000,
  description: "A ticket's task history, one row per event or note",
});
