import { z } from 'zod';
import { envInt, envString } from '@automation-engine/config';
import { parseBaseUrls } from './velocloud-client/parse-base-urls.js';
import { parseVelocloudCredentials } from './velocloud-client/parse-velocloud-credentials.js';

function parsedWith<T>(parse: (text: string) => T) {
  return envString().transform((text, ctx): T => {
    try {
      return parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

/** velocloud-bridge's own variables (the base ones are in the root README). */
export const serviceEnv = {
  /** `host+user+password;host+user+password`, one block per VCO (the original's format). */
  VELOCLOUD_CREDENTIALS: parsedWith(parseVelocloudCredentials),
  /** JSON `{host: baseUrl}`; a host not listed is reached at `https://<host>`. */
  VELOCLOUD_BASE_URLS: parsedWith(parseBaseUrls).default({}),
  /** Per HTTP attempt. */
  VELOCLOUD_TIMEOUT_SECONDS: envInt({ min: 1, max: 600 }).default(30),
  /** Retries after a failed attempt (connection errors, 429, 5xx, timeouts); 0 turns them off. */
  VELOCLOUD_HTTP_RETRIES: envInt({ min: 0, max: 10 }).default(2),
  /** A session is renewed after this long (the original logged in again every 23 h). */
  VELOCLOUD_SESSION_TTL_SECONDS: envInt({ min: 60 }).default(82_800),
};
