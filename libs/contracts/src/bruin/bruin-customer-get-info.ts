import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/** One active inventory record of the service number, in the original's snake_case. */
export const bruinClientInfo = z.object({
  client_id: z.number().int().nullable(),
  client_name: z.string().nullable(),
  site_id: z.number().int().nullable(),
});
export type BruinClientInfo = z.infer<typeof bruinClientInfo>;

/**
 * `bruin.customer.get.info` → `GET /api/Inventory?ServiceNumber=`. Replies the active
 * (`status == "A"`) documents of the service number; `[]` when Bruin knows none. Other keys of the
 * body are forwarded to Bruin as PascalCase filters.
 */
export const bruinCustomerGetInfo = defineContract({
  subject: 'bruin.customer.get.info',
  request: z.looseObject({ service_number: z.string().min(1) }),
  response: z.array(bruinClientInfo),
  timeoutMs: 90_000,
  description: 'Client id, name and site of the active Bruin inventory of a service number',
});
