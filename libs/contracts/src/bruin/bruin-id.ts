import { z } from 'zod';

/**
 * An id the original forwards to Bruin as a query or path value: callers send ints, some send
 * digit strings. Both are accepted, as the original only checked that the key was present.
 */
export const bruinId = z.union([z.number().int(), z.string().min(1)]);
export type BruinId = z.infer<typeof bruinId>;

/** The three filters of the inventory-attribute subjects (`GET /api/Inventory/Attribute`). */
export const bruinInventoryFilters = z.looseObject({
  client_id: bruinId,
  /** Inventory status to look in; callers send `"A"`. */
  status: z.string().min(1),
  service_number: z.string().min(1),
});
export type BruinInventoryFilters = z.infer<typeof bruinInventoryFilters>;
