import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinTicketShape } from './bruin-shapes.js';

/**
 * `bruin.ticket.overview.request` → `GET /api/Ticket?TicketId=`. Replies the ticket, or `[]` with
 * 200 when Bruin lists none (the original's answer). A `ticket_id` that is not an int or a digit
 * string is answered 404 "not ticket id found", as the original did.
 */
export const bruinTicketOverview = defineContract({
  subject: 'bruin.ticket.overview.request',
  request: z.looseObject({
    ticket_id: z.union([z.number(), z.string(), z.null()]),
  }),
  response: z.union([bruinTicketShape, z.tuple([])]),
  timeoutMs: 90_000,
  description: 'One ticket as listed by Bruin',
});
