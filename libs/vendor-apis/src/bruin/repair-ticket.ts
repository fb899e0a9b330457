import { z } from 'zod';

/** The only description the engine sends on B7. */
export const BRUIN_OUTAGE_REQUEST_DESCRIPTION = "MetTel's IPA -- Service Outage Trouble";

/** B7 `POST /api/Ticket/repair` body; keys exactly as the bridge sends them. */
export const bruinRepairTicketRequest = z.looseObject({
  ClientID: z.number().int(),
  WTNs: z.array(z.string().min(1)).min(1),
  RequestDescription: z.string(),
  ticketContact: z.looseObject({ email: z.string() }).optional(),
  WtnInterfaces: z.record(z.string(), z.array(z.string())).optional(),
});
export type BruinRepairTicketRequest = z.infer<typeof bruinRepairTicketRequest>;

/** Business outcomes carried in `errorCode` of a B7 item (HTTP status stays 200). */
export const BRUIN_REPAIR_ERROR_CODES = {
  /** An open (New/InProgress/Draft) outage ticket already holds the WTN; `ticketId` is it. */
  alreadyOpen: 409,
  /** A Resolved ticket holds the WTN and could not be put back in progress. */
  resolvedNotReopened: 471,
  /** A Resolved ticket held the WTN and has been re-opened (InProgress). */
  resolvedReopened: 472,
  /** A Resolved ticket at the same site was re-opened and a detail added for the WTN. */
  siteTicketReopened: 473,
} as const;
export type BruinRepairErrorCode =
  (typeof BRUIN_REPAIR_ERROR_CODES)[keyof typeof BRUIN_REPAIR_ERROR_CODES];

/** One item of the B7 answer. `ticketId` 0 means creation failed (`errorMessage` says why). */
export const bruinRepairTicketItem = z.looseObject({
  ticketId: z.number().int(),
  inventoryId: z.number().int().nullable(),
  wtn: z.string(),
  errorMessage: z.string().nullable(),
  errorCode: z.number().int().nullable(),
});
export type BruinRepairTicketItem = z.infer<typeof bruinRepairTicketItem>;

/** B7 answer: items under `items` **or** `assets`, plus an optional `message`. */
export const bruinRepairTicketResponse = z
  .looseObject({
    message: z.string().nullable().optional(),
    items: z.array(bruinRepairTicketItem).optional(),
    assets: z.array(bruinRepairTicketItem).optional(),
  })
  .refine((body) => body.items !== undefined || body.assets !== undefined, {
    message: 'expected `items` or `assets`',
  });
export type BruinRepairTicketResponse = z.infer<typeof bruinRepairTicketResponse>;

/** The items of a B7 answer, wherever the vendor put them. */
export function bruinRepairItems(body: BruinRepairTicketResponse): BruinRepairTicketItem[] {
  return body.items ?? body.assets ?? [];
}
