import { envInt, envString, envUrl } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** Hawkeye API prefix (the original's `BASE_URL`; the lab: `${LAB_HAWKEYE_URL}`). */
  HAWKEYE_BASE_URL: envUrl({ protocols: ['http', 'https'] }),
  /** The original's `CLIENT_USERNAME`. */
  HAWKEYE_USERNAME: envString(),
  /** The original's `CLIENT_PASSWORD`. */
  HAWKEYE_PASSWORD: envString(),
  /** Per attempt; each retry gets the full budget again. */
  HAWKEYE_TIMEOUT_MS: envInt({ min: 1 }).default(15_000),
  /** Retries after a 5xx, a timeout or a connection error (the original: 5 per page; 4 keeps a dead Hawkeye within the callers' 120 s). */
  HAWKEYE_RETRIES: envInt({ min: 0, max: 10 }).default(4),
  HAWKEYE_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** Test-result details fetched at once per request. */
  HAWKEYE_DETAIL_CONCURRENCY: envInt({ min: 1, max: 100 }).default(8),
  /** Requests of one subject handled at once by one replica. */
  HAWKEYE_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(8),
};

export type HawkeyeBridgeConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** What the bridge needs from its configuration, in its own words. */
export interface HawkeyeBridgeSettings {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly detailConcurrency: number;
  readonly concurrency: number;
}

export function hawkeyeBridgeSettings(config: {
  readonly HAWKEYE_BASE_URL: string;
  readonly HAWKEYE_USERNAME: string;
  readonly HAWKEYE_PASSWORD: string;
  readonly HAWKEYE_TIMEOUT_MS: number;
  readonly HAWKEYE_RETRIES: number;
  readonly HAWKEYE_RETRY_BASE_DELAY_MS: number;
  readonly HAWKEYE_DETAIL_CONCURRENCY: number;
  readonly HAWKEYE_CONCURRENCY: number;
}): HawkeyeBridgeSettings {
  return Object.freeze({
    baseUrl: config.HAWKEYE_BASE_URL.replace(/\/+$/, ''),
    username: config.HAWKEYE_USERNAME,
    password: config.HAWKEYE_PASSWORD,
    timeoutMs: config.HAWKEYE_TIMEOUT_MS,
    retries: config.HAWKEYE_RETRIES,
    retryBaseDelayMs: config.HAWKEYE_RETRY_BASE_DELAY_MS,
    detailConcurrency: config.HAWKEYE_DETAIL_CONCURRENCY,
    concurrency: config.HAWKEYE_CONCURRENCY,
  });
}
