import { createVendorClient } from '@automation-engine/http-client';
import { DIGI_TOKEN_SCOPE, digiPaths, digiTokenResponse } from '@automation-engine/vendor-apis';
import type { AxiosInstance } from 'axios';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DigiBridgeSettings } from '../config.js';

/**
 * The axios instance that talks to DiGi: OAuth2 client credentials (`POST
 * /Identity/rest/oauth/token`, `authorization: basic base64(id:secret)` with DiGi's lower-case
 * `basic`, form `grant_type=client_credentials&scope=write:dms`) on first use, the token reused
 * until a minute before `expires_in` runs out, a new login and one replay on a 401, retries with
 * backoff on connection errors (and 5xx/timeouts of GETs), and the vendor metrics.
 */
export function createDigiHttp(deps: {
  settings: DigiBridgeSettings;
  logger: Logger;
  registry: Registry;
}): AxiosInstance {
  const { settings } = deps;
  const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64');
  const http: AxiosInstance = createVendorClient({
    vendor: 'digi',
    baseURL: settings.baseUrl,
    logger: deps.logger,
    registry: deps.registry,
    timeoutMs: settings.timeoutMs,
    retry: { retries: settings.retries, baseDelayMs: settings.retryBaseDelayMs },
    auth: {
      login: async () => {
        const issuedAt = Date.now();
        const answer = await http.post<unknown>(
          digiPaths.token,
          new URLSearchParams({ grant_type: 'client_credentials', scope: DIGI_TOKEN_SCOPE }),
          {
            headers: {
              authorization: `basic ${basic}`,
              'Content-Type': 'application/x-www-form-urlencoded',
            },
          },
        );
        const token = digiTokenResponse.parse(answer.data);
        return {
          headers: { authorization: `Bearer ${token.access_token}` },
          expiresAt: new Date(issuedAt + token.expires_in * 1000),
        };
      },
    },
  });
  return http;
}
