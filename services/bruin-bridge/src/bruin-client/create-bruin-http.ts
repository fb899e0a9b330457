import { createVendorClient } from '@automation-engine/http-client';
import { bruinPaths, bruinTokenResponse } from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { BruinBridgeSettings } from '../config.js';

/** Headers the original sent with every API call. */
export const BRUIN_API_HEADERS = {
  'Content-Type': 'application/json-patch+json',
  'Cache-control': 'no-cache, no-store, no-transform, max-age=0, only-if-cached',
} as const;

/**
 * The axios instance that talks to Bruin: OAuth2 client credentials (`POST
 * {loginUrl}/identity/connect/token`, Basic auth, scope `public_api`) on first use, the token reused
 * until a minute before `expires_in` runs out, a new login and one replay on a 401, retries with
 * backoff on 5xx/timeouts/connection errors, and the vendor metrics.
 */
export function createBruinHttp(deps: {
  settings: BruinBridgeSettings;
  logger: Logger;
  registry: Registry;
}): AxiosInstance {
  const { settings } = deps;
  const http: AxiosInstance = createVendorClient({
    vendor: 'bruin',
    baseURL: settings.baseUrl,
    logger: deps.logger,
    registry: deps.registry,
    timeoutMs: settings.timeoutMs,
    retry: { retries: settings.retries, baseDelayMs: settings.retryBaseDelayMs },
    headers: { ...BRUIN_API_HEADERS },
    auth: {
      login: async () => {
        const issuedAt = Date.now();
        const answer = await http.post<unknown>(
          `${settings.loginUrl}${bruinPaths.token}`,
          new URLSearchParams({ grant_type: 'client_credentials', scope: 'public_api' }),
          {
            auth: { username: settings.clientId, password: settings.clientSecret },
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          },
        );
        const token = bruinTokenResponse.parse(answer.data);
        return {
          headers: { authorization: `Bearer ${token.access_token}` },
          expiresAt: new Date(issuedAt + token.expires_in * 1000),
        };
      },
    },
  });
  // Lists become repeated keys (`TicketStatus=New&TicketStatus=Draft`), as Bruin expects.
  http.defaults.paramsSerializer = { indexes: null };
  return http;
}
