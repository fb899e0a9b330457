import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';
import { bruinTicketShape } from './bruin-shapes.js';

/**
 * `bruin.single_ticket.basic.request` → `GET /api/Ticket/basic?TicketID=`. Replies the ticket; an
 * unknown ticket is answered 404 with body `{}`.
 */
export const bruinSingleTicketBasic = defineContract({
  subject: 'bruin.single_ticket.basic.request',
  request: z.looseObject({ ticket_id: bruinId }),
  response: bruinTicketShape,
  timeoutMs: 75_000,
  description: 'Basic info of one ticket',
});
