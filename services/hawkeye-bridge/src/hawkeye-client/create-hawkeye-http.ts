import { createVendorClient } from '@automation-engine/http-client';
import { hawkeyePaths } from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { HawkeyeBridgeSettings } from '../config.js';
import { sessionCookieOf } from './session-cookie.js';

/**
 * The axios instance that talks to Hawkeye: `POST /login` with JSON `{username, password}` on
 * first use, the `PHPSESSID` session cookie on every call, a new login and one replay on a 401,
 * retries with backoff on 5xx/timeouts/connection errors, and the vendor metrics.
 */
export function createHawkeyeHttp(deps: {
  settings: HawkeyeBridgeSettings;
  logger: Logger;
  registry: Registry;
}): AxiosInstance {
  const { settings } = deps;
  const http: AxiosInstance = createVendorClient({
    vendor: 'hawkeye',
    baseURL: settings.baseUrl,
    logger: deps.logger,
    registry: deps.registry,
    timeoutMs: settings.timeoutMs,
    retry: { retries: settings.retries, baseDelayMs: settings.retryBaseDelayMs },
    auth: {
      login: async () => {
        const answer = await http.post<unknown>(hawkeyePaths.login, {
          username: settings.username,
          password: settings.password,
        });
        const cookie = sessionCookieOf(answer.headers['set-cookie']);
        if (cookie === undefined)
          throw new Error('Hawkeye login answered without a session cookie');
        return { headers: { Cookie: cookie } };
      },
    },
  });
  return http;
}
