import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.note.append.request` → `POST /api/Ticket/{id}/notes`, body
 * `{note, serviceNumbers?}`. Replies Bruin's answer unchanged.
 */
export const bruinTicketNoteAppend = defineContract({
  subject: 'bruin.ticket.note.append.request',
  request: z.looseObject({
    ticket_id: bruinId,
    note: z.string().min(1),
    service_numbers: z.array(z.string().min(1)).nullable().optional(),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 75_000,
  description: 'Appends a note to a ticket',
});
