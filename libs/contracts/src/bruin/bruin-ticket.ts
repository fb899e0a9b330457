import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';
import { bruinTicketShape } from './bruin-shapes.js';

/**
 * `bruin.ticket.request` → `GET /api/Ticket`, one call per status in `ticket_status`, merged and
 * de-duplicated by `ticketID`. `category` is sent as `ProductCategory`; `start_date`/`end_date`
 * (`YYYY-MM-DDTHH:MM:SSZ`) only when both are given.
 */
export const bruinTicket = defineContract({
  subject: 'bruin.ticket.request',
  request: z.looseObject({
    client_id: bruinId,
    ticket_topic: z.string().min(1),
    ticket_status: z.array(z.string().min(1)).min(1),
    category: z.string().nullable().optional(),
    ticket_id: bruinId.nullable().optional(),
    service_number: z.string().nullable().optional(),
    start_date: z.string().nullable().optional(),
    end_date: z.string().nullable().optional(),
  }),
  response: z.array(bruinTicketShape),
  timeoutMs: 150_000,
  description: "A client's tickets of the given statuses and topic",
});
