import { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { classifyFailure, isIdempotent, shouldRetry } from '@automation-engine/http-client';

function failure(options: { method: string; status?: number; code?: string }): AxiosError {
  const config = { headers: new AxiosHeaders(), method: options.method };
  const response =
    options.status === undefined
      ? undefined
      : ({
          status: options.status,
          headers: {},
          config,
          data: null,
          statusText: '',
        } as AxiosResponse);
  return new AxiosError('failed', options.code, config, null, response);
}

const strict = { retryNonIdempotent: false };
const lenient = { retryNonIdempotent: true };

describe('classifyFailure', () => {
  it.each([
    [{ status: 429 }, 'throttled'],
    [{ status: 500 }, 'server'],
    [{ status: 599 }, 'server'],
    [{ status: 404 }, 'final'],
    [{ status: 600 }, 'final'],
    [{ code: 'ECONNREFUSED' }, 'connect'],
    [{ code: 'ECONNRESET' }, 'connect'],
    [{ code: 'ENOTFOUND' }, 'connect'],
    [{ code: 'ECONNABORTED' }, 'timeout'],
    [{ code: 'ETIMEDOUT' }, 'timeout'],
    [{ code: 'ERR_CANCELED' }, 'final'],
    [{ code: 'EPROTO' }, 'network'],
    [{}, 'network'],
  ])('%j is %s', (shape, kind) => {
    expect(classifyFailure(failure({ method: 'get', ...shape }))).toBe(kind);
  });
});

describe('shouldRetry - the retry rule', () => {
  it.each([
    { method: 'get', shape: { status: 503 }, byDefault: true, overridden: true },
    { method: 'put', shape: { status: 500 }, byDefault: true, overridden: true },
    { method: 'delete', shape: { code: 'ETIMEDOUT' }, byDefault: true, overridden: true },
    { method: 'post', shape: { status: 500 }, byDefault: false, overridden: true },
    { method: 'patch', shape: { status: 502 }, byDefault: false, overridden: true },
    { method: 'post', shape: { code: 'ECONNABORTED' }, byDefault: false, overridden: true },
    { method: 'post', shape: { code: 'EPROTO' }, byDefault: false, overridden: true },
    { method: 'post', shape: { code: 'ECONNREFUSED' }, byDefault: true, overridden: true },
    { method: 'post', shape: { code: 'ECONNRESET' }, byDefault: true, overridden: true },
    { method: 'post', shape: { status: 429 }, byDefault: true, overridden: true },
    { method: 'get', shape: { status: 400 }, byDefault: false, overridden: false },
    { method: 'get', shape: { status: 401 }, byDefault: false, overridden: false },
    { method: 'post', shape: { code: 'ERR_CANCELED' }, byDefault: false, overridden: false },
  ] as const)(
    '$method with $shape: $byDefault, or $overridden with retryNonIdempotent',
    ({ method, shape, byDefault, overridden }) => {
      const error = failure({ method, ...shape });
      expect(shouldRetry(error, strict)).toBe(byDefault);
      expect(shouldRetry(error, lenient)).toBe(overridden);
    },
  );
});

describe('isIdempotent', () => {
  it('knows the idempotent methods, in any case, and GET when none is set', () => {
    expect(['GET', 'head', 'OPTIONS', 'trace', 'put', 'DELETE'].every(isIdempotent)).toBe(true);
    expect(['post', 'PATCH'].some(isIdempotent)).toBe(false);
    expect(isIdempotent(undefined)).toBe(true);
  });
});
