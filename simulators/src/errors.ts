/** Failures of the lab's own API (control API, stores), with one status per code. */
export const LAB_ERROR_STATUS = {
  BAD_REQUEST: 400,
  EDGE_NOT_FOUND: 404,
  LINK_NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  DETAIL_NOT_FOUND: 404,
  FAULT_NOT_FOUND: 404,
  DEGRADATION_NOT_FOUND: 404,
  PROBE_NOT_FOUND: 404,
  DEVICE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
} as const;
export type LabErrorCode = keyof typeof LAB_ERROR_STATUS;

export class LabError extends Error {
  override readonly name = 'LabError';
  readonly code: LabErrorCode;

  constructor(code: LabErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  get status(): number {
    return LAB_ERROR_STATUS[this.code];
  }
}
