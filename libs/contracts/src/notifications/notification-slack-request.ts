import { z } from 'zod';
import { defineEvent } from '../define-contract.js';

/**
 * `notification.slack.request` (fire-and-forget, no reply): `message` is posted to the Slack
 * webhook as `{"text": "<message>"}`. Anything is accepted and stringified, as the original did;
 * callers prefix it with `[<service>] `.
 */
export const notificationSlackRequest = defineEvent({
  subject: 'notification.slack.request',
  payload: z.looseObject({
    message: z.unknown().refine((message) => message !== undefined && message !== null, {
      message: 'required',
    }),
  }),
  description: 'Posts a message to the Slack webhook (no reply)',
});
