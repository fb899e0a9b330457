import { EngineError } from '@automation-engine/contracts';
import { describeHttpError, statusOf, VendorLoginError } from '@automation-engine/http-client';
import { isAxiosError } from 'axios';

/** Login answers meaning "these credentials are refused" rather than "DiGi is down". */
const REFUSED_LOGIN_STATUSES: ReadonlySet<number> = new Set([400, 401, 403]);

/**
 * Turns whatever a DiGi call threw into the `EngineError` the bus replies with: 401 when DiGi
 * refused the token even after a new login (the caller retries) or refused the credentials; 500
 * for any other status (with DiGi's body), a failed login, or no answer after the retries.
 */
export function mapDigiFailure(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof VendorLoginError) return loginFailure(error);
  const status = statusOf(error);
  if (status === undefined) {
    const { message } = describeHttpError(error);
    return new EngineError('VENDOR_DOWN', `Connection error in DiGi API. Cause: ${message}`, {
      cause: error,
    });
  }
  if (status === 401) {
    return new EngineError('VENDOR_UNAUTHORIZED', 'Got 401 from DiGi', { cause: error });
  }
  const data: unknown = isAxiosError(error) ? error.response?.data : undefined;
  const body = data === undefined || data === null || data === '' ? undefined : data;
  return new EngineError('VENDOR_DOWN', `DiGi answered ${String(status)}`, {
    status: 500,
    ...(body === undefined ? {} : { body }),
    cause: error,
  });
}

function loginFailure(error: VendorLoginError): EngineError {
  const status = statusOf(error.cause);
  if (status !== undefined && REFUSED_LOGIN_STATUSES.has(status)) {
    return new EngineError(
      'VENDOR_UNAUTHORIZED',
      `DiGi refused the bridge's credentials (HTTP ${String(status)} from the token endpoint)`,
      { cause: error },
    );
  }
  const { message } = describeHttpError(error.cause);
  return new EngineError('VENDOR_DOWN', `Could not log into DiGi: ${message}`, { cause: error });
}
