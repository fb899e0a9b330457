import { createVendorClient } from '@automation-engine/http-client';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { SlackSettings } from '../config.js';

/** The `endpoint` label of every webhook call: the real path carries the webhook's token. */
export const SLACK_ENDPOINT_LABEL = '/services/{webhook}';

/**
 * The axios instance that posts to the Slack webhook: its timeout, and retries with backoff on
 * 5xx, 429 (honouring `Retry-After`), timeouts and connection errors. The webhook is a POST, so
 * `retryNonIdempotent` is on: a message posted twice is better than one lost.
 */
export function createSlackHttp(deps: {
  settings: SlackSettings;
  logger: Logger;
  registry: Registry;
}): AxiosInstance {
  const { settings } = deps;
  return createVendorClient({
    vendor: 'slack',
    baseURL: settings.webhookUrl,
    logger: deps.logger,
    registry: deps.registry,
    timeoutMs: settings.timeoutMs,
    retry: {
      retries: settings.retries,
      baseDelayMs: settings.retryBaseDelayMs,
      retryNonIdempotent: true,
    },
    headers: { 'Content-Type': 'application/json' },
    endpointLabel: () => SLACK_ENDPOINT_LABEL,
  });
}
