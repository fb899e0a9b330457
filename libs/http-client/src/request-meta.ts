import type { AxiosRequestConfig } from 'axios';

/**
 * What the client remembers about a request between its interceptors. Axios copies unknown config
 * keys (deeply, for plain objects) when axios-retry or the re-login re-issue the request, so this
 * holds plain values only: the attempt count carries over, object identities would not.
 */
export interface RequestMeta {
  vendor: string;
  endpoint: string;
  /** 1 for the first try, +1 for each retry or re-login. */
  attempt: number;
  /** performance.now() when the attempt was sent (after any login). */
  startedAt: number;
  /** Which login's headers the attempt carried, to tell a stale session from the current one. */
  sessionGeneration?: number;
  /** Set once the request has been re-sent after a 401, so a second 401 is final. */
  reloggedIn?: boolean;
}

const META = Symbol.for('@automation-engine/http-client/meta');

type WithMeta = { [META]?: RequestMeta };

export function metaOf(config: AxiosRequestConfig | undefined): RequestMeta | undefined {
  return (config as WithMeta | undefined)?.[META];
}

export function setMeta(config: AxiosRequestConfig, meta: RequestMeta): void {
  (config as WithMeta)[META] = meta;
}
