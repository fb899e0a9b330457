import { z } from 'zod';

/**
 * An id the bridge puts in a Bruin path or query (ticket, detail, client, site, e-mail…). Callers
 * of the original send ints, a few send digit strings; both are accepted. Anything else would
 * build a wrong URL, so it is refused here rather than forwarded.
 */
export const bruinId = z.union([
  z.number().int().positive(),
  z.string().regex(/^\d+$/, 'expected an id made of digits'),
]);
export type BruinId = z.infer<typeof bruinId>;

/** The three filters of the inventory-attribute subjects (`GET /api/Inventory/Attribute`). */
export const bruinInventoryFilters = z.looseObject({
  client_id: bruinId,
  /** Inventory status to look in; callers send `"A"`. */
  status: z.string().min(1),
  service_number: z.string().min(1),
});
export type BruinInventoryFilters = z.infer<typeof bruinInventoryFilters>;

/** What a write answers when only its status matters (`"Success"`, `{noteId}`, `"OK"`…). */
export const bruinAnyAnswer = z.unknown();
