import { envInt, envString, envUrl } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** DiGi API root (token and DeviceManagement_API paths; the lab: `${LAB_DIGI_URL}`). */
  DIGI_BASE_URL: envUrl({ protocols: ['http', 'https'] }),
  DIGI_CLIENT_ID: envString(),
  DIGI_CLIENT_SECRET: envString(),
  /** Per attempt; each retry gets the full budget again. */
  DIGI_TIMEOUT_MS: envInt({ min: 1 }).default(30_000),
  /**
   * Retries: connection errors always; 5xx and timeouts only for the logs (a reboot POST is not
   * sent again once DiGi may have acted on it).
   */
  DIGI_RETRIES: envInt({ min: 0, max: 10 }).default(2),
  DIGI_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** Requests of one subject handled at once by one replica. */
  DIGI_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(8),
};

export type DigiBridgeConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** What the bridge needs from its configuration, in its own words. */
export interface DigiBridgeSettings {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly concurrency: number;
}

export function digiBridgeSettings(config: {
  readonly DIGI_BASE_URL: string;
  readonly DIGI_CLIENT_ID: string;
  readonly DIGI_CLIENT_SECRET: string;
  readonly DIGI_TIMEOUT_MS: number;
  readonly DIGI_RETRIES: number;
  readonly DIGI_RETRY_BASE_DELAY_MS: number;
  readonly DIGI_CONCURRENCY: number;
}): DigiBridgeSettings {
  return Object.freeze({
    baseUrl: config.DIGI_BASE_URL.replace(/\/+$/, ''),
    clientId: config.DIGI_CLIENT_ID,
    clientSecret: config.DIGI_CLIENT_SECRET,
    timeoutMs: config.DIGI_TIMEOUT_MS,
    retries: config.DIGI_RETRIES,
    retryBaseDelayMs: config.DIGI_RETRY_BASE_DELAY_MS,
    concurrency: config.DIGI_CONCURRENCY,
  });
}
