import { envInt, envString, envUrl } from '@automation-engine/config';
import type { serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';

const httpUrl = () => envUrl({ protocols: ['http', 'https'] });

/**
 * The bridge's own variables (the base ones come from the service kit). Parsed once at start;
 * every problem is listed and the process exits 1.
 */
export const serviceEnv = {
  /** Bruin API root, e.g. `https://api.bruin.example` (the lab: `${LAB_BRUIN_URL}`). */
  BRUIN_BASE_URL: httpUrl(),
  /** Root of the token endpoint (`/identity/connect/token`); default `BRUIN_BASE_URL`. */
  BRUIN_LOGIN_URL: httpUrl().optional(),
  BRUIN_CLIENT_ID: envString(),
  BRUIN_CLIENT_SECRET: envString(),
  /** The engine's user in Bruin, named in e-mail status changes (`updatedBy`, `resolution`). */
  IPA_SYSTEM_USERNAME_IN_BRUIN: envString(),
  /** Per attempt; each retry gets the full budget again. */
  BRUIN_TIMEOUT_MS: envInt({ min: 1 }).default(20_000),
  /** Retries after a 5xx, a timeout or a connection error (GET/PUT; POST only when unsent). */
  BRUIN_RETRIES: envInt({ min: 0, max: 10 }).default(2),
  BRUIN_RETRY_BASE_DELAY_MS: envInt({ min: 0 }).default(500),
  /** Requests of one subject handled at once by one replica. */
  BRUIN_CONCURRENCY: envInt({ min: 1, max: 1_000 }).default(32),
};

export type BruinBridgeConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** What the bridge needs from its configuration, in its own words. */
export interface BruinBridgeSettings {
  readonly baseUrl: string;
  readonly loginUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly ipaSystemUsername: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseDelayMs: number;
  readonly concurrency: number;
}

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

export function bruinBridgeSettings(config: {
  readonly BRUIN_BASE_URL: string;
  readonly BRUIN_LOGIN_URL?: string | undefined;
  readonly BRUIN_CLIENT_ID: string;
  readonly BRUIN_CLIENT_SECRET: string;
  readonly IPA_SYSTEM_USERNAME_IN_BRUIN: string;
  readonly BRUIN_TIMEOUT_MS: number;
  readonly BRUIN_RETRIES: number;
  readonly BRUIN_RETRY_BASE_DELAY_MS: number;
  readonly BRUIN_CONCURRENCY: number;
}): BruinBridgeSettings {
  const baseUrl = withoutTrailingSlash(config.BRUIN_BASE_URL);
  return Object.freeze({
    baseUrl,
    loginUrl: withoutTrailingSlash(config.BRUIN_LOGIN_URL ?? baseUrl),
    clientId: config.BRUIN_CLIENT_ID,
    clientSecret: config.BRUIN_CLIENT_SECRET,
    ipaSystemUsername: config.IPA_SYSTEM_USERNAME_IN_BRUIN,
    timeoutMs: config.BRUIN_TIMEOUT_MS,
    retries: config.BRUIN_RETRIES,
    retryBaseDelayMs: config.BRUIN_RETRY_BASE_DELAY_MS,
    concurrency: config.BRUIN_CONCURRENCY,
  });
}
