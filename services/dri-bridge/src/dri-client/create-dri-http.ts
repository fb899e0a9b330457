import { createVendorClient } from '@automation-engine/http-client';
import { driLoginResponse, driPaths } from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DriBridgeSettings } from '../config.js';

/** Headers the original sent with every call (next to the bearer token). */
export const DRI_API_HEADERS = {
  'Content-Type': 'application/json-patch+json',
  'Cache-control': 'no-cache, no-store, no-transform, max-age=0, only-if-cached',
} as const;

/** Serials in paths become `{serial}` so the metric labels stay few. */
export function driEndpointLabel(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  return path.replace(/^\/acs\/device\/[^/]+\//, '/acs/device/{serial}/');
}

/**
 * The axios instance that talks to DRI: `POST /auth/login` (form `email`, `password`) on first
 * use, `authorization: Bearer <authorization_token>` on every call, a new login and one replay on
 * a 401, retries with backoff on 5xx/timeouts/connection errors, and the vendor metrics.
 */
export function createDriHttp(deps: {
  settings: DriBridgeSettings;
  logger: Logger;
  registry: Registry;
}): AxiosInstance {
  const { settings } = deps;
  const http: AxiosInstance = createVendorClient({
    vendor: 'dri',
    baseURL: settings.baseUrl,
    logger: deps.logger,
    registry: deps.registry,
    timeoutMs: settings.timeoutMs,
    retry: { retries: settings.retries, baseDelayMs: settings.retryBaseDelayMs },
    headers: { ...DRI_API_HEADERS },
    endpointLabel: (config) => driEndpointLabel(config.url),
    auth: {
      login: async () => {
        const answer = await http.post<unknown>(
          driPaths.login,
          new URLSearchParams({ email: settings.username, password: settings.password }),
          {
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            maxRedirects: 0,
          },
        );
        const { authorization_token: token } = driLoginResponse.parse(answer.data);
        return { headers: { authorization: `Bearer ${token}` } };
      },
    },
  });
  return http;
}
