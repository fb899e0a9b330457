import { z } from 'zod';

/** B15 `GET /api/Ticket/{t}/details/{d}/detailids?interfaces=…` → detail ids. */
export const bruinDetailIdsResponse = z.array(z.number().int());
export type BruinDetailIdsResponse = z.infer<typeof bruinDetailIdsResponse>;

export const bruinCallType = z.looseObject({
  callType: z.string(),
  callTypeDescription: z.string().nullable(),
  category: z.string(),
  categoryDescription: z.string().nullable(),
});
export type BruinCallType = z.infer<typeof bruinCallType>;

/** B16 `GET /api/Ticket/topics?ClientId&ServiceNumber`. */
export const bruinAssetTopicsResponse = z.looseObject({ callTypes: z.array(bruinCallType) });
export type BruinAssetTopicsResponse = z.infer<typeof bruinAssetTopicsResponse>;

/** A ticket contact (B17); the first is the ticket contact, the rest are subscribers. */
export const bruinContact = z.looseObject({
  userID: z.string().nullable(),
  dirID: z.number().int().nullable(),
  clientID: z.number().int(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phone: z.string().nullable().optional(),
});
export type BruinContact = z.infer<typeof bruinContact>;

/** B17 `GET /api/Ticket/Contacts?ClientId` (read lowercase). */
export const bruinTicketContactsResponse = z.looseObject({ results: z.array(bruinContact) });
export type BruinTicketContactsResponse = z.infer<typeof bruinTicketContactsResponse>;
