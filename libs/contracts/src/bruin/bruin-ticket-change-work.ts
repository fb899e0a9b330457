import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.change.work` → `PUT /api/Ticket/{id}/details/work`. Without `work_queue_id` the
 * queue is looked up by name first (`GET /api/Ticket/{id}/nextresult`): already there → 400, no
 * queues or none named `queue_name` → 404.
 */
export const bruinTicketChangeWork = defineContract({
  subject: 'bruin.ticket.change.work',
  request: z
    .looseObject({
      ticket_id: bruinId,
      queue_name: z.string().min(1),
      service_number: z.string().min(1).optional(),
      detail_id: bruinId.optional(),
      work_queue_id: z.number().int().nullable().optional(),
    })
    .refine((body) => body.service_number !== undefined || body.detail_id !== undefined, {
      message: 'give "service_number" or "detail_id"',
    }),
  response: bruinAnyAnswer,
  timeoutMs: 150_000,
  description: 'Moves a ticket detail to another work queue',
});
