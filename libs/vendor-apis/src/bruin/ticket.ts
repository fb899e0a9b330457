import { z } from 'zod';
import { bruinAddress, bruinCreateDate, bruinTicketStatus } from './common.js';

/** A ticket as listed by `GET /api/Ticket` (B1). */
export const bruinTicket = z.looseObject({
  clientID: z.number().int(),
  clientName: z.string().nullable(),
  ticketID: z.number().int(),
  ticketStatus: bruinTicketStatus,
  category: z.string().nullable(),
  topic: z.string().nullable(),
  callType: z.string().nullable(),
  createDate: bruinCreateDate,
  createdBy: z.string().nullable(),
  severity: z.number().int(),
  address: bruinAddress,
});
export type BruinTicket = z.infer<typeof bruinTicket>;

/** B1 `GET /api/Ticket` → `{responses: Ticket[]}`. */
export const bruinTicketListResponse = z.looseObject({ responses: z.array(bruinTicket) });
export type BruinTicketListResponse = z.infer<typeof bruinTicketListResponse>;

/** A ticket of the paged listing (B2): at least these fields, the others as in B1. */
export const bruinBasicTicket = bruinTicket.partial().extend({
  clientID: z.number().int(),
  ticketID: z.number().int(),
  ticketStatus: bruinTicketStatus,
  createDate: bruinCreateDate,
  address: bruinAddress,
});
export type BruinBasicTicket = z.infer<typeof bruinBasicTicket>;

/** B2 `GET /api/Ticket/basic` → one page. `total` may come as a string. */
export const bruinTicketBasicResponse = z.looseObject({
  total: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  start: z.number().int(),
  currentPageSize: z.number().int(),
  responses: z.array(bruinBasicTicket),
});
export type BruinTicketBasicResponse = z.infer<typeof bruinTicketBasicResponse>;
