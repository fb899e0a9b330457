import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/** `bruin.change.ticket.severity` → `PUT /api/Ticket/{id}/severity` `{Severity, Reason}`. */
export const bruinChangeTicketSeverity = defineContract({
  subject: 'bruin.change.ticket.severity',
  request: z.looseObject({
    ticket_id: bruinId,
    /** 1 (highest) to 4; Bruin answers 400 "Invalid Severity" otherwise. */
    severity: z.number().int(),
    reason: z.string().min(1),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 105_000,
  description: "Changes a ticket's severity",
});
