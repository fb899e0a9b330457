import { envBoolean, envInt, envString, envUrl } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** The Slack incoming webhook, full URL (the lab: `${LAB_SLACK_URL}`). */
  SLACK_WEBHOOK: envUrl({ protocols: ['http', 'https'] }),
  /** Per attempt; each retry gets the full budget again. */
  SLACK_TIMEOUT_MS: envInt({ min: 1 }).default(10_000),
  /** Retries after a 5xx, a 429, a timeout or a connection error. */
  SLACK_RETRIES: envInt({ min: 0, max: 10 }).default(3),
  SLACK_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** The mail relay: `smtp://host:587` (STARTTLS when offered) or `smtps://host:465`. */
  EMAIL_SMTP_URL: envUrl({ protocols: ['smtp', 'smtps'] }).default('smtp://smtp.gmail.com:587'),
  /** Verify the relay's TLS certificate (the lab's is self-signed: `false`). */
  EMAIL_SMTP_TLS_VERIFY: envBoolean().default(true),
  /** The sender account: the `From` address, and the SMTP login when a password is set. */
  EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: envString().min(1),
  /** SMTP password; unset → no AUTH (a relay that does not ask for it). */
  EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_PASSWORD: envString().optional(),
  /** Connection, greeting and socket timeout of one attempt. */
  EMAIL_TIMEOUT_MS: envInt({ min: 1 }).default(30_000),
  /** Retries after a transient failure (connection, timeout, 4xx reply; one after a refused login). */
  EMAIL_RETRIES: envInt({ min: 0, max: 10 }).default(3),
  EMAIL_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(1_000),
  EMAIL_RETRY_MAX_DELAY_MS: envInt({ min: 0 }).default(30_000),
  /** Messages of one subject handled at once by one replica. */
  NOTIFICATIONS_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(8),
};

export type NotificationsBridgeConfig = z.output<
  ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>
>;

export interface SlackSettings {
  readonly webhookUrl: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
}

export interface SmtpSettings {
  readonly url: string;
  readonly tlsVerify: boolean;
  readonly from: string;
  readonly password: string | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
}

/** What the bridge needs from its configuration, in its own words. */
export interface NotificationsBridgeSettings {
  readonly slack: SlackSettings;
  readonly smtp: SmtpSettings;
  readonly concurrency: number;
}

export function notificationsBridgeSettings(config: {
  readonly SLACK_WEBHOOK: string;
  readonly SLACK_TIMEOUT_MS: number;
  readonly SLACK_RETRIES: number;
  readonly SLACK_RETRY_BASE_DELAY_MS: number;
  readonly EMAIL_SMTP_URL: string;
  readonly EMAIL_SMTP_TLS_VERIFY: boolean;
  readonly EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: string;
  readonly EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_PASSWORD?: string | undefined;
  readonly EMAIL_TIMEOUT_MS: number;
  readonly EMAIL_RETRIES: number;
  readonly EMAIL_RETRY_BASE_DELAY_MS: number;
  readonly EMAIL_RETRY_MAX_DELAY_MS: number;
  readonly NOTIFICATIONS_CONCURRENCY: number;
}): NotificationsBridgeSettings {
  return Object.freeze({
    slack: Object.freeze({
      webhookUrl: config.SLACK_WEBHOOK,
      timeoutMs: config.SLACK_TIMEOUT_MS,
      retries: config.SLACK_RETRIES,
      retryBaseDelayMs: config.SLACK_RETRY_BASE_DELAY_MS,
    }),
    smtp: Object.freeze({
      url: config.EMAIL_SMTP_URL,
      tlsVerify: config.EMAIL_SMTP_TLS_VERIFY,
      from: config.EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME,
      password: config.EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_PASSWORD,
      timeoutMs: config.EMAIL_TIMEOUT_MS,
      retries: config.EMAIL_RETRIES,
      retryBaseDelayMs: config.EMAIL_RETRY_BASE_DELAY_MS,
      retryMaxDelayMs: config.EMAIL_RETRY_MAX_DELAY_MS,
    }),
    concurrency: config.NOTIFICATIONS_CONCURRENCY,
  });
}
