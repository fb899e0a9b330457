import { EngineError } from '@automation-engine/contracts';
import { describeHttpError, statusOf, VendorLoginError } from '@automation-engine/http-client';
import { isAxiosError } from 'axios';

/** The original's texts (spec/bridges.md §4). */
export const HAWKEYE_REPLIES = {
  unauthorized: 'Got 401 from Hawkeye',
  internal: 'Got internal error from Hawkeye',
  connection: 'Error while connecting to Hawkeye API',
  badParameters: 'Parameters or body were in an incorrect format',
} as const;

/**
 * Turns what a Hawkeye call threw into the reply: 401 (after a re-login and a replay) →
 * 401 "Got 401 from Hawkeye"; 400 → 400 "Parameters or body were in an incorrect format"; 5xx
 * (after retries) → 500 "Got internal error from Hawkeye"; other statuses passed through with
 * Hawkeye's body; no answer or a failed login → 500 "Error while connecting to Hawkeye API".
 */
export function mapHawkeyeFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof VendorLoginError && statusOf(error.cause) === 401) {
    return new EngineError('VENDOR_UNAUTHORIZED', HAWKEYE_REPLIES.unauthorized, { cause: error });
  }
  const status = statusOf(error);
  if (status === undefined) {
    return new EngineError(
      'VENDOR_DOWN',
      `${HAWKEYE_REPLIES.connection}: ${describeHttpError(error).message}`,
      { body: HAWKEYE_REPLIES.connection, cause: error },
    );
  }
  if (status === 401) {
    return new EngineError('VENDOR_UNAUTHORIZED', HAWKEYE_REPLIES.unauthorized, { cause: error });
  }
  if (status === 400) {
    return new EngineError('BAD_REQUEST', HAWKEYE_REPLIES.badParameters, { cause: error });
  }
  if (status >= 500) {
    return new EngineError('VENDOR_DOWN', HAWKEYE_REPLIES.internal, { cause: error });
  }
  const body: unknown = isAxiosError(error) ? error.response?.data : undefined;
  return new EngineError(
    status === 404 ? 'NOT_FOUND' : status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST',
    `Hawkeye answered ${String(status)}`,
    { status, body: body ?? `Hawkeye answered ${String(status)}`, cause: error },
  );
}
