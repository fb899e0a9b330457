import { isAxiosError } from 'axios';

/** Axios reports a request that ran out of time as ECONNABORTED, or ETIMEDOUT when clarified. */
const TIMEOUT_CODES: ReadonlySet<string> = new Set(['ECONNABORTED', 'ETIMEDOUT']);

/** True when the vendor did not answer within the timeout. */
export function isTimeout(err: unknown): boolean {
  return isAxiosError(err) && !err.response && TIMEOUT_CODES.has(err.code ?? '');
}
