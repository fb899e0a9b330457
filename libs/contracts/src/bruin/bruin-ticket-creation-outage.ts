import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * Reply statuses of `bruin.ticket.creation.outage.request` (short form). The body is the ticket id
 * in every case but `unavailable`, whose body says why.
 */
export const BRUIN_OUTAGE_TICKET_STATUS = {
  /** A new ticket was created. */
  created: 200,
  /** An open (New/InProgress/Draft) outage ticket already holds the service number. */
  alreadyOpen: 409,
  /** A Resolved ticket holds it and could not be re-opened. */
  resolvedNotReopened: 471,
  /** A Resolved ticket held it and was re-opened. */
  resolvedReopened: 472,
  /** A Resolved ticket at the same location was re-opened and a detail added for it. */
  siteTicketReopened: 473,
  /** Bruin answered ticket id 0: creation is failing on its side. */
  unavailable: 503,
} as const;
export type BruinOutageTicketStatus =
  (typeof BRUIN_OUTAGE_TICKET_STATUS)[keyof typeof BRUIN_OUTAGE_TICKET_STATUS];

/** One item of Bruin's repair answer (full mode). */
export const bruinRepairItemShape = z.looseObject({
  ticketId: z.number().int(),
  inventoryId: z.number().int().nullable().optional(),
  wtn: z.string(),
  errorMessage: z.string().nullable().optional(),
  errorCode: z.number().int().nullable().optional(),
});
export type BruinRepairItemShape = z.infer<typeof bruinRepairItemShape>;

/**
 * `bruin.ticket.creation.outage.request` → `POST /api/Ticket/repair` `{ClientID, WTNs,
 * RequestDescription, ticketContact?, WtnInterfaces?}`. Short form: body = ticket id, status from
 * the first item's `errorCode` (see `BRUIN_OUTAGE_TICKET_STATUS`). With `get_full_response`:
 * Bruin's body (`items` or `assets`) and HTTP status, unchanged.
 */
export const bruinTicketCreationOutage = defineContract({
  subject: 'bruin.ticket.creation.outage.request',
  request: z.looseObject({
    client_id: bruinId,
    service_number: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    ticket_contact: z
      .looseObject({ email: z.string().min(1) })
      .nullable()
      .optional(),
    interfaces: z.array(z.string().min(1)).nullable().optional(),
    get_full_response: z.boolean().default(false),
  }),
  response: z.union([
    z.number().int(),
    z.looseObject({
      message: z.string().nullable().optional(),
      items: z.array(bruinRepairItemShape).optional(),
      assets: z.array(bruinRepairItemShape).optional(),
    }),
  ]),
  timeoutMs: 90_000,
  description: 'Opens (or finds, or re-opens) the outage repair ticket of a service number',
});
