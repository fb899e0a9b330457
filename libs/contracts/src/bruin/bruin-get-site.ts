import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/** A Bruin site as `GET /api/Site` lists it; `businessHours` and `timeZone` may be null. */
export const bruinSiteInfo = z.looseObject({
  clientID: z.number().int().nullable().optional(),
  clientName: z.string().nullable().optional(),
  siteID: z.union([z.string(), z.number()]).nullable().optional(),
  siteLabel: z.string().nullable().optional(),
  address: z
    .looseObject({
      address: z.string().nullable().optional(),
      city: z.string().nullable().optional(),
      state: z.string().nullable().optional(),
      zip: z.string().nullable().optional(),
      country: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  longitude: z.number().nullable().optional(),
  latitude: z.number().nullable().optional(),
  businessHours: z.string().nullable().optional(),
  timeZone: z.string().nullable().optional(),
  primaryContactName: z.string().nullable().optional(),
  primaryContactPhone: z.string().nullable().optional(),
  primaryContactEmail: z.string().nullable().optional(),
});
export type BruinSiteInfo = z.infer<typeof bruinSiteInfo>;

/**
 * `bruin.get.site` → `GET /api/Site?ClientId&SiteId`. Replies the first site; none → 404
 * "No site information was found for site X and client Y".
 */
export const bruinGetSite = defineContract({
  subject: 'bruin.get.site',
  request: z.looseObject({ client_id: bruinId, site_id: bruinId }),
  response: bruinSiteInfo,
  timeoutMs: 120_000,
  description: 'The Bruin site of a client',
});
