import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer, bruinId } from './bruin-id.js';

/**
 * `bruin.email.tag.request` → `POST /api/Email/{email_id}/tag/{tag_id}`. Bruin's 204 → body `""`
 * with 204; tag already there → 409 "Tag with ID X already present in e-mail with ID Y".
 */
export const bruinEmailTag = defineContract({
  subject: 'bruin.email.tag.request',
  request: z.looseObject({ email_id: bruinId, tag_id: bruinId }),
  response: bruinAnyAnswer,
  timeoutMs: 90_000,
  description: 'Tags a Bruin e-mail',
});
