import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { notificationEmailRequest } from './notification-email-request.js';

/**
 * `notification.email.request` as request/reply: the same subject and the same payload as the
 * event `notificationEmailRequest`. The bridge serves this contract, so a caller may `publish` the
 * event (fire-and-forget, as the original) or `request` this contract to be told the outcome:
 * `200` with a null body once the relay accepted the mail, else the failure status and its reason.
 */
export const notificationEmailSend = defineContract({
  subject: notificationEmailRequest.subject,
  request: notificationEmailRequest.payload,
  response: z.null(),
  timeoutMs: 120_000,
  description: 'Sends an e-mail (answered when the caller asks for a reply)',
});
