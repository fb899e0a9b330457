import { envBoolean, envInt, envString } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** gRPC `host:port` of the KRE runtime (the lab: `${LAB_T7_URL}`). */
  KRE_BASE_URL: envString().regex(/^[^\s/:]+:\d+$/, 'expected host:port'),
  /** TLS with the default roots, as the original; `false` for a plaintext endpoint (the lab). */
  KRE_TLS: envBoolean().default(true),
  /** Deadline of every call (the original: 120 s). */
  KRE_DEADLINE_MS: envInt({ min: 1 }).default(120_000),
  /** Retries after UNAVAILABLE (T7 did not take the call); other failures are answered at once. */
  KRE_RETRIES: envInt({ min: 0, max: 10 }).default(2),
  KRE_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** Requests of one subject handled at once by one replica. */
  T7_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(16),
};

export type T7BridgeConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** What the bridge needs from its configuration, in its own words. */
export interface T7BridgeSettings {
  readonly address: string;
  readonly tls: boolean;
  readonly deadlineMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly concurrency: number;
}

export function t7BridgeSettings(config: {
  readonly KRE_BASE_URL: string;
  readonly KRE_TLS: boolean;
  readonly KRE_DEADLINE_MS: number;
  readonly KRE_RETRIES: number;
  readonly KRE_RETRY_BASE_DELAY_MS: number;
  readonly T7_CONCURRENCY: number;
}): T7BridgeSettings {
  return Object.freeze({
    address: config.KRE_BASE_URL,
    tls: config.KRE_TLS,
    deadlineMs: config.KRE_DEADLINE_MS,
    retries: config.KRE_RETRIES,
    retryBaseDelayMs: config.KRE_RETRY_BASE_DELAY_MS,
    concurrency: config.T7_CONCURRENCY,
  });
}
