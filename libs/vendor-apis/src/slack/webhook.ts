import { z } from 'zod';

/**
 * Slack incoming webhook (spec/vendor-apis.md §8): `POST <SLACK_WEBHOOK>` with JSON `{text}`;
 * answers are plain text, `ok` on success.
 */
export const slackWebhookRequest = z.looseObject({ text: z.string().min(1) });
export type SlackWebhookRequest = z.infer<typeof slackWebhookRequest>;

/** The 200 answer body. */
export const slackWebhookResponse = z.literal('ok');

/** Error answers, by HTTP status, as Slack words them (text bodies). */
export const SLACK_WEBHOOK_ERRORS = {
  invalidPayload: { status: 400, body: 'invalid_payload' },
  noText: { status: 400, body: 'no_text' },
  invalidToken: { status: 403, body: 'invalid_token' },
  noService: { status: 404, body: 'no_service' },
  channelIsArchived: { status: 410, body: 'channel_is_archived' },
  rateLimited: { status: 429, body: 'rate_limited' },
  internal: { status: 500, body: 'internal_error' },
} as const;
export type SlackWebhookError = keyof typeof SLACK_WEBHOOK_ERRORS;

/** Any of the error bodies above. */
export const SLACK_WEBHOOK_ERROR_BODIES = [
  'invalid_payload',
  'no_text',
  'invalid_token',
  'no_service',
  'channel_is_archived',
  'rate_limited',
  'internal_error',
] as const satisfies readonly (typeof SLACK_WEBHOOK_ERRORS)[SlackWebhookError]['body'][];
export const slackWebhookErrorResponse = z.enum(SLACK_WEBHOOK_ERROR_BODIES);
