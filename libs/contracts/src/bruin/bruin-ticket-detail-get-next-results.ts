import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';
import { bruinNextResultShape } from './bruin-shapes.js';

/**
 * `bruin.ticket.detail.get.next.results` → `GET /api/Ticket/{id}/nextresult?ServiceNumber&DetailId`.
 * Exactly these three keys, as the original insisted (it also insisted on their order, which JSON
 * does not keep; that part is dropped).
 */
export const bruinTicketDetailGetNextResults = defineContract({
  subject: 'bruin.ticket.detail.get.next.results',
  request: z.strictObject({
    ticket_id: bruinId,
    detail_id: bruinId,
    service_number: z.string().min(1),
  }),
  response: z.looseObject({
    currentTaskName: z.string().nullable().optional(),
    nextResults: z.array(bruinNextResultShape),
  }),
  timeoutMs: 75_000,
  description: 'The work queues a ticket detail can move to',
});
