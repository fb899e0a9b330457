import type { AxiosError } from 'axios';

/**
 * `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfterMs(value: unknown, nowMs: number): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its day and month; this keeps `-5` from parsing as year -5.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export interface RetryDelayOptions {
  /** 1 for the first retry. */
  retryNumber: number;
  error: AxiosError;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

/**
 * How long to wait before a retry: what a 429/503 `Retry-After` asks for, else exponential backoff
 * (`baseDelayMs · 2^(n-1)`) with equal jitter (half fixed, half random). Never above `maxDelayMs`.
 */
export function retryDelayMs(options: RetryDelayOptions): number {
  const { retryNumber, error, baseDelayMs, maxDelayMs, random = Math.random } = options;
  const status = error.response?.status;
  if (status === 429 || status === 503) {
    const headers = error.response?.headers as Record<string, unknown> | undefined;
    const asked = parseRetryAfterMs(headers?.['retry-after'], Date.now());
    if (asked !== undefined) return Math.min(asked, maxDelayMs);
  }
  const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(backoff / 2 + (random() * backoff) / 2);
}
