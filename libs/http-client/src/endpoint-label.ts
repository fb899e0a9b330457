import type { AxiosRequestConfig } from 'axios';

/** Digits, or a UUID: the segments that vary per ticket, edge or client. */
const ID_SEGMENT = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const ABSOLUTE_URL = /^[a-z][a-z\d+\-.]*:\/\//i;

function pathOf(url: string): string {
  if (ABSOLUTE_URL.test(url)) {
    try {
      return new URL(url).pathname;
    } catch {
      return '/';
    }
  }
  return url.split(/[?#]/, 1)[0] ?? '';
}

/**
 * The request's path (relative to `baseURL`, no query string) with ids replaced by `{id}`, so
 * `/api/Ticket/5123/details?x=1` is counted as `/api/Ticket/{id}/details`.
 */
export function defaultEndpointLabel(config: Pick<AxiosRequestConfig, 'url'>): string {
  const path = pathOf(config.url ?? '')
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? '{id}' : segment))
    .join('/');
  return path.startsWith('/') ? path : `/${path}`;
}
