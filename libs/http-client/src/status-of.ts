import { isAxiosError } from 'axios';
import { isTimeout } from './is-timeout.js';

/** The vendor's HTTP status, or undefined when it never answered (or `err` is not from axios). */
export function statusOf(err: unknown): number | undefined {
  return isAxiosError(err) ? err.response?.status : undefined;
}

/** The `status` metric label: the HTTP code, or `timeout` / `error` when there was no answer. */
export function statusLabel(err: unknown): string {
  const status = statusOf(err);
  if (status !== undefined) return String(status);
  return isTimeout(err) ? 'timeout' : 'error';
}
