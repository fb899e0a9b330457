import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinInventoryFilters } from './bruin-id.js';

/** One `{key, value}` attribute (`Management Status`, `GE1 Access Type`, `Serial Number`…). */
export const bruinAttribute = z.looseObject({
  key: z.string(),
  value: z.string().nullable(),
});
export type BruinAttribute = z.infer<typeof bruinAttribute>;

/**
 * `bruin.inventory.attributes` → `GET /api/Inventory/Attribute?ClientId&Status&ServiceNumber`.
 * Replies Bruin's answer unchanged.
 */
export const bruinInventoryAttributes = defineContract({
  subject: 'bruin.inventory.attributes',
  request: bruinInventoryFilters,
  response: z.looseObject({
    inventoryId: z.union([z.string(), z.number()]).nullable().optional(),
    serviceNumber: z.string().nullable().optional(),
    attributes: z.array(bruinAttribute),
  }),
  timeoutMs: 90_000,
  description: "A service number's inventory attributes, as Bruin answers them",
});
