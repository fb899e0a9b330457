import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { customerCacheEntry } from './customer-cache-entry.js';

/** Body of a 202: "Cache is still being built for host(s): …". */
export const cacheStillBuilding = z.string();

/**
 * `customer.cache.get`: the cached edges of some hosts. `filter` maps a VCO host to enterprise ids
 * (`[]` = all of the host; `{}` = every configured host); `last_contact_filter` keeps edges whose
 * `last_contact` is strictly after it (UTC). Replies: 200 the entries (often over 1 MiB: claim-
 * check); 202 "Cache is still being built for host(s): …" when nothing is cached for the
 * request; 404 "No edges were found for the specified filters: …" when the last-contact filter
 * removed everything; 400 for a bad body. Callers tell 200 from 202 by `status` (or `Array.isArray`).
 */
export const customerCacheGet = defineContract({
  subject: 'customer.cache.get',
  request: z.object({
    filter: z.record(z.string(), z.array(z.number().int())),
    last_contact_filter: z.string().nullable().optional(),
  }),
  // 200 carries the entries, 202 (also a success status on the wire) the "still being built" text.
  response: z.union([z.array(customerCacheEntry), cacheStillBuilding]),
  timeoutMs: 120_000,
  description: 'Edges of the customer cache, filtered by host, enterprise and last contact',
});
