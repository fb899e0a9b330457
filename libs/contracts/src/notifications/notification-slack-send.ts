import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { notificationSlackRequest } from './notification-slack-request.js';

/**
 * `notification.slack.request` as request/reply: the same subject and the same payload as the
 * event `notificationSlackRequest`. The bridge serves this contract, so a caller may `publish` the
 * event (fire-and-forget, as the original) or `request` this contract to be told the outcome:
 * `200` with a null body once Slack said `ok`, else the failure status and its reason.
 */
export const notificationSlackSend = defineContract({
  subject: notificationSlackRequest.subject,
  request: notificationSlackRequest.payload,
  response: z.null(),
  timeoutMs: 60_000,
  description: 'Posts a message to the Slack webhook (answered when the caller asks for a reply)',
});
