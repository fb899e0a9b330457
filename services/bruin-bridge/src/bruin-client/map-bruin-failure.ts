import { EngineError } from '@automation-engine/contracts';
import { describeHttpError, statusOf, VendorLoginError } from '@automation-engine/http-client';
import { isAxiosError } from 'axios';
import { bruinStatusReply } from './bruin-status-reply.js';
import type { StatusBodies } from './status-deviations.js';

export interface BruinFailureOptions {
  /** The subject's deviations from the standard mapping (`statusDeviations`). */
  bodies?: StatusBodies;
  /**
   * Pass Bruin's 4xx status and body through unchanged (except 401), as the original's generic
   * session did for asset topics, subscribe user, e-mail status and e-mail reply.
   */
  passClientErrors?: boolean;
}

/** Login answers meaning "these credentials are refused" rather than "Bruin is down". */
const REFUSED_LOGIN_STATUSES: ReadonlySet<number> = new Set([400, 401, 403]);

/**
 * Turns whatever a Bruin call threw into the `EngineError` the bus replies with: the standard
 * mapping of a Bruin status (`bruinStatusReply`), the subject's deviations, a failed login, or no
 * answer at all (timeout, connection error — after the http-client's retries).
 */
export function mapBruinFailure(error: unknown, options: BruinFailureOptions = {}): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof VendorLoginError) return loginFailure(error);
  const status = statusOf(error);
  if (status === undefined) {
    const { message } = describeHttpError(error);
    return new EngineError('VENDOR_DOWN', `Connection error in Bruin API. Cause: ${message}`, {
      cause: error,
    });
  }
  const vendorBody = bodyOf(isAxiosError(error) ? error.response?.data : undefined, status);
  if (options.passClientErrors === true && status >= 400 && status < 500 && status !== 401) {
    return new EngineError(
      status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
      `Bruin answered ${String(status)}`,
      {
        status,
        body: vendorBody,
        cause: error,
      },
    );
  }
  const reply = bruinStatusReply(status, vendorBody);
  const body = options.bodies?.[status] ?? reply.body;
  return new EngineError(
    reply.code,
    typeof body === 'string' ? body : `Bruin answered ${String(status)}`,
    {
      status: reply.status,
      body,
      cause: error,
    },
  );
}

function loginFailure(error: VendorLoginError): EngineError {
  const status = statusOf(error.cause);
  if (status !== undefined && REFUSED_LOGIN_STATUSES.has(status)) {
    return new EngineError(
      'VENDOR_UNAUTHORIZED',
      `Bruin refused the bridge's credentials (HTTP ${String(status)} from the token endpoint)`,
      { cause: error },
    );
  }
  const { message } = describeHttpError(error.cause);
  return new EngineError('VENDOR_DOWN', `Could not log into Bruin: ${message}`, { cause: error });
}

/** Bruin's error body as sent (JSON as parsed, text as text); an empty one is named. */
function bodyOf(data: unknown, status: number): unknown {
  return data === undefined || data === null || data === ''
    ? `Bruin answered ${String(status)} with no body`
    : data;
}
