/**
 * The one table from error code to envelope status. Handlers throw `EngineError(code, ...)`;
 * the bus turns it into `{status, body}` with this table (docs: libs/contracts/README.md).
 */
export const ErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_EXPIRED: 'PAYLOAD_EXPIRED',
  VENDOR_UNAUTHORIZED: 'VENDOR_UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TIMEOUT: 'TIMEOUT',
  CONFLICT: 'CONFLICT',
  INTERNAL: 'INTERNAL',
  VENDOR_DOWN: 'VENDOR_DOWN',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const statusByErrorCode: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  PAYLOAD_EXPIRED: 400,
  VENDOR_UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TIMEOUT: 408,
  CONFLICT: 409,
  INTERNAL: 500,
  VENDOR_DOWN: 500,
  UNAVAILABLE: 503,
};
