import { envInt, envString, envUrl } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** DRI API root (the original's `BASE_URL`; the lab: `${LAB_DRI_URL}`). */
  DRI_BASE_URL: envUrl({ protocols: ['http', 'https'] }),
  /** Login e-mail (the original's `USERNAME`). */
  DRI_USERNAME: envString(),
  /** Login password (the original's `PASSWORD`). */
  DRI_PASSWORD: envString(),
  /** Seconds a serial's task id is remembered (the original's `DRI_DATA_REDIS_TTL`). */
  DRI_DATA_TTL_SECONDS: envInt({ min: 1 }).default(300),
  /** Time between two polls of a pending task. */
  DRI_POLL_INTERVAL_MS: envInt({ min: 0 }).default(2_000),
  /** Longest a request waits for its task before answering 204 (callers wait 180 s). */
  DRI_MAX_WAIT_MS: envInt({ min: 0 }).default(60_000),
  /** Per attempt; each retry gets the full budget again. */
  DRI_TIMEOUT_MS: envInt({ min: 1 }).default(20_000),
  /** Retries after a 5xx, a timeout or a connection error. */
  DRI_RETRIES: envInt({ min: 0, max: 10 }).default(2),
  DRI_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** Requests handled at once by one replica. */
  DRI_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(32),
};

export type DriBridgeConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** What the bridge needs from its configuration, in its own words. */
export interface DriBridgeSettings {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly taskIdTtlMs: number;
  readonly pollIntervalMs: number;
  readonly maxWaitMs: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly concurrency: number;
}

export function driBridgeSettings(config: {
  readonly DRI_BASE_URL: string;
  readonly DRI_USERNAME: string;
  readonly DRI_PASSWORD: string;
  readonly DRI_DATA_TTL_SECONDS: number;
  readonly DRI_POLL_INTERVAL_MS: number;
  readonly DRI_MAX_WAIT_MS: number;
  readonly DRI_TIMEOUT_MS: number;
  readonly DRI_RETRIES: number;
  readonly DRI_RETRY_BASE_DELAY_MS: number;
  readonly DRI_CONCURRENCY: number;
}): DriBridgeSettings {
  return Object.freeze({
    baseUrl: config.DRI_BASE_URL.replace(/\/+$/, ''),
    username: config.DRI_USERNAME,
    password: config.DRI_PASSWORD,
    taskIdTtlMs: config.DRI_DATA_TTL_SECONDS * 1000,
    pollIntervalMs: config.DRI_POLL_INTERVAL_MS,
    maxWaitMs: config.DRI_MAX_WAIT_MS,
    timeoutMs: config.DRI_TIMEOUT_MS,
    retries: config.DRI_RETRIES,
    retryBaseDelayMs: config.DRI_RETRY_BASE_DELAY_MS,
    concurrency: config.DRI_CONCURRENCY,
  });
}
