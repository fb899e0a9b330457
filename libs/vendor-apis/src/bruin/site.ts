import { z } from 'zod';

/** A site of B23 `GET /api/Site?ClientId&SiteId`; `businessHours`/`timeZone` may be null. */
export const bruinSite = z.looseObject({
  clientID: z.number().int(),
  clientName: z.string(),
  siteID: z.string(),
  siteLabel: z.string().nullable(),
  siteAddDate: z.string().nullable(),
  address: z.looseObject({
    addressID: z.number().int().nullable(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    zip: z.string().nullable(),
    country: z.string().nullable(),
  }),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  businessHours: z.string().nullable(),
  timeZone: z.string().nullable(),
  primaryContactName: z.string().nullable(),
  primaryContactPhone: z.string().nullable(),
  primaryContactEmail: z.string().nullable(),
});
export type BruinSite = z.infer<typeof bruinSite>;

export const bruinSiteResponse = z.looseObject({ documents: z.array(bruinSite) });
export type BruinSiteResponse = z.infer<typeof bruinSiteResponse>;
