import type { AxiosError } from 'axios';
import { isTimeout } from './is-timeout.js';

/** Why a vendor call failed, as far as retrying is concerned. */
export const FailureKind = {
  /** Could not connect, or the connection dropped: refused, reset, DNS, unreachable. */
  connect: 'connect',
  /** No answer within the timeout; the vendor may still have acted on the request. */
  timeout: 'timeout',
  /** Another failure without an answer (protocol error, TLS...). */
  network: 'network',
  /** 429 Too Many Requests. */
  throttled: 'throttled',
  /** 5xx. */
  server: 'server',
  /** A 4xx other than 429, or a cancelled request: retrying would not help. */
  final: 'final',
} as const;

export type FailureKind = (typeof FailureKind)[keyof typeof FailureKind];

/** System error codes for a connection that failed or dropped (see the README's retry rule). */
const CONNECT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export function classifyFailure(error: AxiosError): FailureKind {
  const status = error.response?.status;
  if (status !== undefined) {
    if (status === 429) return FailureKind.throttled;
    return status >= 500 && status <= 599 ? FailureKind.server : FailureKind.final;
  }
  if (isTimeout(error)) return FailureKind.timeout;
  if (error.code === 'ERR_CANCELED') return FailureKind.final;
  return CONNECT_CODES.has(error.code ?? '') ? FailureKind.connect : FailureKind.network;
}
