import { z } from 'zod';
import { bruinAnyJson } from './common.js';

/** B8 `PUT /api/Ticket/{ticketId}/details/{detailId}/status`: `O` re-open, `R` resolve. */
export const bruinDetailStatusRequest = z.looseObject({
  Status: z.enum(['O', 'R']),
  Interfaces: z.array(z.string()).optional(),
});
export type BruinDetailStatusRequest = z.infer<typeof bruinDetailStatusRequest>;
/** B8 answer: any JSON (e.g. `"Success"`). */
export const bruinDetailStatusResponse = bruinAnyJson;

/** B9 `PUT /api/Ticket/{ticketId}/close`. */
export const bruinTicketCloseRequest = z.looseObject({ CloseNote: z.string() });
export type BruinTicketCloseRequest = z.infer<typeof bruinTicketCloseRequest>;
/** B9 answer: any JSON (e.g. `"closed"`). */
export const bruinTicketCloseResponse = bruinAnyJson;

/** B10 `PUT /api/Ticket/{ticketId}/severity`; severity 1–4 (invalid → 400 "Invalid Severity"). */
export const bruinSeverityRequest = z.looseObject({
  Severity: z.number().int(),
  Reason: z.string(),
});
export type BruinSeverityRequest = z.infer<typeof bruinSeverityRequest>;

export const bruinSeverityResponse = z.looseObject({
  TicketId: z.number().int(),
  Result: z.boolean(),
});
export type BruinSeverityResponse = z.infer<typeof bruinSeverityResponse>;

/** B13 `POST /api/Ticket/{ticketId}/detail/unpause` (mixed casing as sent). */
export const bruinUnpauseRequest = z
  .looseObject({
    serviceNumber: z.string().optional(),
    DetailId: z.number().int().optional(),
  })
  .refine((body) => body.serviceNumber !== undefined || body.DetailId !== undefined, {
    message: 'expected serviceNumber or DetailId',
  });
export type BruinUnpauseRequest = z.infer<typeof bruinUnpauseRequest>;
/** B13 answer: any JSON (e.g. `"Success"`). */
export const bruinUnpauseResponse = bruinAnyJson;

/** B18 `POST /api/Ticket/{ticketId}/subscribeUser`. */
export const bruinSubscribeUserRequest = z.looseObject({
  subscriptionType: z.string().min(1),
  user: z.looseObject({ email: z.string().min(1) }),
});
export type BruinSubscribeUserRequest = z.infer<typeof bruinSubscribeUserRequest>;
/** B18 answer: passed through (e.g. `"OK"`). */
export const bruinSubscribeUserResponse = bruinAnyJson;
