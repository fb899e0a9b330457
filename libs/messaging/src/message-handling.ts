import type { Msg } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { BusMetrics } from './bus-metrics.js';
import type { PooledBytes } from './bulk-reader.js';
import { type ClaimCheck, readClaimCheckToken } from './claim-check.js';
import { decodeJson, type EncodedJson } from './json-codec.js';

/**
 * Shared by the serving and the calling side: the received bytes, with a claim-check token swapped
 * for the stored payload. Returns the bytes as they are (no promise) when there is no token, so
 * the common path costs no extra turn of the event loop.
 */
export function restorePayload(options: {
  data: Uint8Array;
  subject: string;
  claimCheck: ClaimCheck;
  metrics: BusMetrics;
}): Uint8Array | Promise<PooledBytes> {
  const key = readClaimCheckToken(options.data);
  if (key === undefined) return options.data;
  return options.claimCheck.fetch(options.subject, key).then(
    (payload) => {
      options.metrics.claimCheck('restored');
      return payload;
    },
    (error: unknown) => {
      options.metrics.claimCheck('expired');
      throw error;
    },
  );
}

/** Decodes restored bytes, then hands a pooled buffer back: the decoded value holds no view of it. */
export function decodeRestored<T>(payload: PooledBytes, decode: (bytes: Uint8Array) => T): T {
  try {
    return decode(payload.bytes);
  } finally {
    payload.release();
  }
}

export function parseJson(
  data: Uint8Array,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: decodeJson(data) };
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
}

/** Sends `payload` as the reply, claim-checking it when it exceeds max_payload. */
export function respond(options: {
  msg: Msg;
  payload: EncodedJson;
  maxPayload: number;
  claimCheck: ClaimCheck;
  metrics: BusMetrics;
  logger: Logger;
}): void | Promise<void> {
  const { msg, payload } = options;
  const bytes = payload.bytes.byteLength;
  if (bytes <= options.maxPayload) {
    msg.respond(payload.detach());
    return;
  }
  return options.claimCheck.store(msg.subject, payload).then(({ key, token }) => {
    options.metrics.claimCheck('stored');
    options.logger.debug({ key, bytes }, 'reply claim-checked');
    msg.respond(token);
  });
}
