import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.status.resolve` → `PUT /api/Ticket/{t}/details/{d}/status` `{Status: "R",
 * Interfaces?}`.
 */
export const bruinTicketStatusResolve = defineContract({
  subject: 'bruin.ticket.status.resolve',
  request: z.looseObject({
    ticket_id: bruinId,
    detail_id: bruinId,
    interfaces: z.array(z.string().min(1)).nullable().optional(),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 75_000,
  description: 'Resolves a ticket detail (optionally only some interfaces)',
});
