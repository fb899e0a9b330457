import type { Msg } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { ClaimCheck } from './claim-check.js';
import { readClaimCheckToken } from './claim-check.js';
import type { BusMetrics } from './bus-metrics.js';
import { decodeJson } from './json-codec.js';

/**
 * Shared by the serving and the calling side: turns received bytes into JSON, first swapping a
 * claim-check token for the stored payload.
 */
export async function restorePayload(options: {
  data: Uint8Array;
  subject: string;
  claimCheck: ClaimCheck;
  metrics: BusMetrics;
}): Promise<Uint8Array> {
  const key = readClaimCheckToken(options.data);
  if (key === undefined) return options.data;
  try {
    const payload = await options.claimCheck.fetch(options.subject, key);
    options.metrics.claimCheck.inc({ operation: 'restored' });
    return payload;
  } catch (error) {
    options.metrics.claimCheck.inc({ operation: 'expired' });
    throw error;
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
export async function respond(options: {
  msg: Msg;
  payload: Uint8Array;
  maxPayload: number;
  claimCheck: ClaimCheck;
  metrics: BusMetrics;
  logger: Logger;
}): Promise<void> {
  const { msg, payload } = options;
  if (payload.byteLength <= options.maxPayload) {
    msg.respond(payload);
    return;
  }
  const { key, token } = await options.claimCheck.store(msg.subject, payload);
  options.metrics.claimCheck.inc({ operation: 'stored' });
  options.logger.debug({ key, bytes: payload.byteLength }, 'reply claim-checked');
  msg.respond(token);
}
