import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer } from './bruin-id.js';

/**
 * `bruin.email.status` → `POST /api/Email/status` `{emailId, status, resolution: "Marked as
 * <status> by <IPA user>", updatedBy}`. Bruin's status and body are passed through.
 */
export const bruinEmailStatus = defineContract({
  subject: 'bruin.email.status',
  request: z.looseObject({
    email_id: z.number().int(),
    email_status: z.string().min(1),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 90_000,
  description: "Sets a Bruin e-mail's status",
});
