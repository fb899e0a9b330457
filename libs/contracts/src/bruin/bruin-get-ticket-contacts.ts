import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/** A ticket contact; the first is the ticket contact, the rest are subscribers. */
export const bruinTicketContact = z.looseObject({
  userID: z.string().nullable().optional(),
  dirID: z.number().int().nullable().optional(),
  clientID: z.number().int().nullable().optional(),
  username: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
});
export type BruinTicketContact = z.infer<typeof bruinTicketContact>;

/**
 * `bruin.get.ticket.contacts` → `GET /api/Ticket/Contacts?ClientId`. Replies Bruin's `results`;
 * none → 404 "No ticket contacts information was found for client X".
 */
export const bruinGetTicketContacts = defineContract({
  subject: 'bruin.get.ticket.contacts',
  request: z.looseObject({ client_id: bruinId }),
  response: z.array(bruinTicketContact),
  timeoutMs: 120_000,
  description: "A client's ticket contacts",
});
