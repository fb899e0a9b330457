import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinTicketShape } from './bruin-shapes.js';

/**
 * `bruin.ticket.basic.request` → `GET /api/Ticket/basic`, every page (100 a page). Keys other than
 * `ticket_statuses` are forwarded as PascalCase filters (`client_id` → `ClientId`, `ticket_topic`,
 * `product_category`, `service_number`, `start_date`, `end_date`…). The reply can exceed 1 MB.
 */
export const bruinTicketBasic = defineContract({
  subject: 'bruin.ticket.basic.request',
  request: z.looseObject({
    ticket_statuses: z.array(z.string().min(1)).min(1),
  }),
  response: z.array(bruinTicketShape),
  timeoutMs: 150_000,
  description: 'Basic info of every ticket matching the filters, all pages',
});
