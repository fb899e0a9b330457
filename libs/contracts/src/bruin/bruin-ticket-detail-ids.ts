import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.detailIds.request` → `GET /api/Ticket/{t}/details/{d}/detailids?interfaces=a,b`
 * (header `api-version: 2.0`). Replies the detail ids of those interfaces.
 */
export const bruinTicketDetailIds = defineContract({
  subject: 'bruin.ticket.detailIds.request',
  request: z.looseObject({
    ticket_id: bruinId,
    detail_id: bruinId,
    interfaces: z.array(z.string().min(1)),
  }),
  response: z.array(z.number().int()),
  timeoutMs: 150_000,
  description: "The detail ids of an edge detail's interfaces",
});
