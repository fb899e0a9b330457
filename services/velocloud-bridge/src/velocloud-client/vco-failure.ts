import { isAxiosError } from 'axios';
import { EngineError, type ErrorCode } from '@automation-engine/contracts';
import { statusOf, VendorLoginError } from '@automation-engine/http-client';

/** The original's texts, kept for callers and dashboards that match on them. */
export const VCO_CONNECTION_ERROR = 'Error while connecting to Velocloud API';
export const VCO_INTERNAL_ERROR = 'Got internal error from Velocloud';

export interface VcoFailureContext {
  host: string;
  /**
   * Rewords a vendor 400 as the original did for a few methods
   * (`Got 400 from Velocloud -> <message> for edge …`); absent → the raw VCO body.
   */
  reword400?: (vcoMessage: string) => string;
}

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'VENDOR_UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  409: 'CONFLICT',
};

function vcoMessageOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null && 'message' in error) {
      return String(error.message);
    }
  }
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function loginFailure(error: VendorLoginError, host: string): EngineError {
  const status = statusOf(error.cause);
  if (status === undefined && isAxiosError(error.cause)) {
    return new EngineError('VENDOR_DOWN', VCO_CONNECTION_ERROR, { cause: error });
  }
  if (status !== undefined && status >= 500) {
    return new EngineError('VENDOR_DOWN', VCO_INTERNAL_ERROR, { cause: error });
  }
  return new EngineError(
    'VENDOR_UNAUTHORIZED',
    `Could not log in to VeloCloud host ${host}: no session was granted`,
    { cause: error },
  );
}

/**
 * Turns whatever a VCO call threw into the reply the original gave (spec/bridges.md §3):
 * no answer → 500 "Error while connecting…"; 500–512 → 500 "Got internal error…"; 400 → 400
 * with the VCO body (or the reworded text); 401 after a re-login → 401 with the VCO body; any
 * other status passed through with the VCO body.
 */
export function vcoFailure(error: unknown, context: VcoFailureContext): EngineError {
  if (error instanceof EngineError) return error;
  if (error instanceof VendorLoginError) return loginFailure(error, context.host);
  if (!isAxiosError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new EngineError('INTERNAL', `VeloCloud host ${context.host}: ${message}`, {
      cause: error,
    });
  }
  const response = error.response;
  if (response === undefined) {
    return new EngineError('VENDOR_DOWN', VCO_CONNECTION_ERROR, { cause: error });
  }
  const status = response.status;
  const data: unknown = response.data;
  if (status >= 500 && status <= 512) {
    return new EngineError('VENDOR_DOWN', VCO_INTERNAL_ERROR, { cause: error });
  }
  const message = `VeloCloud host ${context.host} answered ${String(status)}`;
  if (status === 400 && context.reword400 !== undefined) {
    return new EngineError('BAD_REQUEST', context.reword400(vcoMessageOf(data)), { cause: error });
  }
  return new EngineError(CODE_BY_STATUS[status] ?? 'INTERNAL', message, {
    status,
    body: data,
    cause: error,
  });
}
