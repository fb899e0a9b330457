import { EngineError } from '@automation-engine/contracts';
import { describeHttpError, statusOf, VendorLoginError } from '@automation-engine/http-client';
import { isAxiosError } from 'axios';

/**
 * Turns what a DRI call threw into the reply (spec/bridges.md §7): 401 → "Got 401 from DRI" (the
 * client logged in again and replayed once already); any other vendor status passed through with
 * DRI's body; a failed login → 500 "Missing BEARER token"; no answer → 500.
 */
export function mapDriFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof VendorLoginError) {
    return new EngineError('VENDOR_UNAUTHORIZED', 'Missing BEARER token', {
      status: 500,
      cause: error,
    });
  }
  const status = statusOf(error);
  if (status === undefined) {
    const { message } = describeHttpError(error);
    return new EngineError('VENDOR_DOWN', `Error while connecting to DRI API: ${message}`, {
      cause: error,
    });
  }
  if (status === 401) {
    return new EngineError('VENDOR_UNAUTHORIZED', 'Got 401 from DRI', { cause: error });
  }
  const body: unknown = isAxiosError(error) ? error.response?.data : undefined;
  return new EngineError(codeOf(status), `DRI answered ${String(status)}`, {
    status,
    body: body ?? `DRI answered ${String(status)}`,
    cause: error,
  });
}

function codeOf(status: number): 'BAD_REQUEST' | 'FORBIDDEN' | 'NOT_FOUND' | 'VENDOR_DOWN' {
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  return status >= 500 ? 'VENDOR_DOWN' : 'BAD_REQUEST';
}
