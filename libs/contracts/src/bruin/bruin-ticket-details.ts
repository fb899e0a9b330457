import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';
import { bruinTicketDetailShape, bruinTicketNoteShape } from './bruin-shapes.js';

/** `bruin.ticket.details.request` → `GET /api/Ticket/{id}/details`, replied unchanged. */
export const bruinTicketDetails = defineContract({
  subject: 'bruin.ticket.details.request',
  request: z.looseObject({ ticket_id: bruinId }),
  response: z.looseObject({
    ticketDetails: z.array(bruinTicketDetailShape),
    ticketNotes: z.array(bruinTicketNoteShape),
  }),
  timeoutMs: 75_000,
  description: "A ticket's details (tasks) and notes",
});
