import type { AxiosError } from 'axios';
import { classifyFailure, type FailureKind } from './classify-failure.js';

/**
 * The retry rule, as a table. Vendors' POSTs (Bruin ticket creation, notes) are not idempotent: a
 * 5xx or a timeout may come after the vendor acted, so only idempotent methods retry them. A
 * refused or dropped connection and a 429 mean the vendor did not act, so any method retries.
 */
export const RETRY_RULE = {
  connect: 'any-method',
  throttled: 'any-method',
  timeout: 'idempotent-only',
  network: 'idempotent-only',
  server: 'idempotent-only',
  final: 'never',
} as const satisfies Record<FailureKind, 'any-method' | 'idempotent-only' | 'never'>;

/** RFC 9110 §9.2.2. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PUT',
  'DELETE',
]);

export function isIdempotent(method: string | undefined): boolean {
  return IDEMPOTENT_METHODS.has((method ?? 'GET').toUpperCase());
}

/** Whether a failed attempt may be sent again; `retryNonIdempotent` treats every method as safe. */
export function shouldRetry(error: AxiosError, options: { retryNonIdempotent: boolean }): boolean {
  const rule = RETRY_RULE[classifyFailure(error)];
  switch (rule) {
    case 'any-method':
      return true;
    case 'idempotent-only':
      return options.retryNonIdempotent || isIdempotent(error.config?.method);
    case 'never':
      return false;
  }
}
