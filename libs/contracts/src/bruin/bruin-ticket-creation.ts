import { z } from 'zod';
import { defineContract } from '../define-contract.js';

/**
 * `bruin.ticket.creation.request` → `POST /api/Ticket/` with the body forwarded as it is (camelCase,
 * the original's callers build Bruin's body). `notes` defaults to `[]`. Replies `{ticketIds}`.
 */
export const bruinTicketCreation = defineContract({
  subject: 'bruin.ticket.creation.request',
  request: z.looseObject({
    clientId: z.number().int().positive(),
    category: z.string().min(1),
    services: z.array(z.looseObject({ serviceNumber: z.string().min(1) })).min(1),
    contacts: z.array(z.looseObject({})),
    notes: z.array(z.unknown()).default([]),
  }),
  response: z.looseObject({ ticketIds: z.array(z.number().int()) }),
  timeoutMs: 90_000,
  description: 'Creates a ticket (service affecting and others)',
});
