import { z } from 'zod';

/** A contact of B6 ticket creation. */
export const bruinTicketCreationContact = z.looseObject({
  email: z.string().min(1),
  phone: z.string().nullable().optional(),
  name: z.string(),
  type: z.enum(['site', 'ticket']),
});
export type BruinTicketCreationContact = z.infer<typeof bruinTicketCreationContact>;

/** B6 `POST /api/Ticket/` body (`category` "VAS" for service affecting). */
export const bruinTicketCreationRequest = z.looseObject({
  clientId: z.number().int(),
  category: z.string().min(1),
  services: z.array(z.looseObject({ serviceNumber: z.string().min(1) })).min(1),
  contacts: z.array(bruinTicketCreationContact),
  notes: z.array(z.unknown()).optional(),
});
export type BruinTicketCreationRequest = z.infer<typeof bruinTicketCreationRequest>;

/** B6 answer: callers read the first id. */
export const bruinTicketCreationResponse = z.looseObject({
  ticketIds: z.array(z.number().int()).min(1),
});
export type BruinTicketCreationResponse = z.infer<typeof bruinTicketCreationResponse>;
