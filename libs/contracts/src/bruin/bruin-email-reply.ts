import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { bruinAnyAnswer } from './bruin-id.js';

/**
 * `bruin.email.reply` → `POST /api/Notification/email/ReplyAll?IsContentHTMLEncoded=true|false`
 * `{content, emailId}`. Bruin's status and body are passed through.
 */
export const bruinEmailReply = defineContract({
  subject: 'bruin.email.reply',
  request: z.looseObject({
    parent_email_id: z.number().int(),
    reply_body: z.string(),
    html_reply_body: z.boolean().default(true),
  }),
  response: bruinAnyAnswer,
  timeoutMs: 90_000,
  description: 'Replies to every contact of a Bruin e-mail',
});
