import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinId } from './bruin-id.js';

/**
 * `bruin.mark.email.done` → `POST /api/Email/status` `{emailId, status: "Done", resolution,
 * updatedBy}`. Bruin's `success: false` → 400 "Problem marking email X as done".
 */
export const bruinMarkEmailDone = defineContract({
  subject: 'bruin.mark.email.done',
  request: z.looseObject({ email_id: bruinId }),
  response: z.looseObject({ success: z.boolean(), emailId: z.number().int().optional() }),
  timeoutMs: 90_000,
  description: 'Marks a Bruin e-mail as done',
});
