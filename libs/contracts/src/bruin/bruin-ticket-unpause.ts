import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/**
 * `bruin.ticket.unpause` → `POST /api/Ticket/{id}/detail/unpause` `{serviceNumber?, DetailId?}`;
 * the detail is named by `service_number` or `detail_id`.
 */
export const bruinTicketUnpause = defineContract({
  subject: 'bruin.ticket.unpause',
  request: z
    .looseObject({
      ticket_id: bruinId,
      service_number: z.string().min(1).nullable().optional(),
      detail_id: bruinId.nullable().optional(),
    })
    .refine((body) => Boolean(body.service_number) || Boolean(body.detail_id), {
      message: 'give "service_number" or "detail_id"',
    }),
  response: bruinAnyAnswer,
  timeoutMs: 90_000,
  description: 'Unpauses a ticket detail',
});
