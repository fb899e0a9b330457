import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs, retryDelayMs } from '@automation-engine/http-client';

function answered(status: number, headers: Record<string, string> = {}): AxiosError {
  const config = { headers: new AxiosHeaders(), method: 'get' };
  const response = { status, headers, config, data: null, statusText: '' } as AxiosResponse;
  return new AxiosError('failed', 'ERR_BAD_RESPONSE', config, null, response);
}

const options = { baseDelayMs: 200, maxDelayMs: 10_000 };

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2024-05-01T10:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfterMs('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfterMs('Wed, 01 May 2024 09:00:00 GMT', now)).toBe(0);
  });

  it.each([undefined, '', 'soon', '-5', ['1']])('ignores %j', (value) => {
    expect(parseRetryAfterMs(value, now)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  it('doubles the backoff with each retry, with half of it jittered', () => {
    const error = answered(500);
    const low = (n: number) => retryDelayMs({ ...options, retryNumber: n, error, random: () => 0 });
    const high = (n: number) =>
      retryDelayMs({ ...options, retryNumber: n, error, random: () => 0.999_999 });
    expect([1, 2, 3].map(low)).toEqual([100, 200, 400]);
    expect([1, 2, 3].map(high)).toEqual([200, 400, 800]);
  });

  it('never waits longer than maxDelayMs', () => {
    const delay = retryDelayMs({
      ...options,
      retryNumber: 20,
      error: answered(500),
      random: () => 1,
    });
    expect(delay).toBe(10_000);
  });

  it.each([429, 503])('honours Retry-After on %i', (status) => {
    const error = answered(status, { 'retry-after': '2' });
    expect(retryDelayMs({ ...options, retryNumber: 1, error })).toBe(2_000);
  });

  it('caps Retry-After at maxDelayMs', () => {
    const error = answered(429, { 'retry-after': '86400' });
    expect(retryDelayMs({ ...options, retryNumber: 1, error })).toBe(10_000);
  });

  it('ignores Retry-After on a 500', () => {
    const error = answered(500, { 'retry-after': '5' });
    expect(retryDelayMs({ ...options, retryNumber: 1, error, random: () => 0 })).toBe(100);
  });

  it('falls back to backoff when a 429 has no usable Retry-After', () => {
    const error = answered(429);
    expect(retryDelayMs({ ...options, retryNumber: 1, error, random: () => 0 })).toBe(100);
  });
});
