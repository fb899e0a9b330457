import { isAxiosError } from 'axios';
import { defaultEndpointLabel } from './endpoint-label.js';
import { VendorLoginError } from './errors.js';
import { metaOf } from './request-meta.js';

/** A failed vendor call, safe to log or put in a reply: no headers, bodies or query strings. */
export interface HttpErrorDescription {
  vendor: string;
  method: string;
  endpoint: string;
  status?: number;
  code?: string;
  message: string;
}

const UNKNOWN = 'unknown';

/** Turns whatever a vendor client threw into a short, safe description. */
export function describeHttpError(err: unknown): HttpErrorDescription {
  if (isAxiosError(err)) {
    const meta = metaOf(err.config);
    return {
      vendor: meta?.vendor ?? UNKNOWN,
      method: (err.config?.method ?? UNKNOWN).toUpperCase(),
      endpoint: meta?.endpoint ?? (err.config ? defaultEndpointLabel(err.config) : UNKNOWN),
      ...(err.response ? { status: err.response.status } : {}),
      ...(err.code === undefined ? {} : { code: err.code }),
      message: err.message,
    };
  }
  if (err instanceof VendorLoginError) {
    const cause = describeHttpError(err.cause);
    return { ...cause, vendor: err.vendor, code: 'VENDOR_LOGIN_FAILED', message: err.message };
  }
  return {
    vendor: UNKNOWN,
    method: UNKNOWN,
    endpoint: UNKNOWN,
    message: err instanceof Error ? err.message : String(err),
  };
}
