import type { Contract, RequestInputOf } from '@automation-engine/contracts';
import { BusError, type Bus, type RequestResult } from '@automation-engine/messaging';

/** The original's answer when a NATS request itself failed (timeout, nobody serving…). */
export const NATS_ERROR_STATUS = 503;

/**
 * A request to a bridge that never throws for a bus failure: a timeout, no responders or a reply
 * that breaks the contract come back as a non-2xx result (503 with the reason), as the original's
 * repositories answered `{"body": None, "status": 503}`.
 */
export async function callBridge<C extends Contract>(spec: {
  bus: Bus;
  contract: C;
  body: RequestInputOf<C>;
  timeoutMs?: number;
}): Promise<RequestResult<C>> {
  try {
    return await spec.bus.request(
      spec.contract,
      spec.body,
      spec.timeoutMs === undefined ? {} : { timeoutMs: spec.timeoutMs },
    );
  } catch (error) {
    if (!(error instanceof BusError)) throw error;
    return { ok: false, status: NATS_ERROR_STATUS, body: error.message };
  }
}
