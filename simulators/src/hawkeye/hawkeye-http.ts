import type { HawkeyeErrorResponse } from '@automation-engine/vendor-apis';
import { firstString } from '../http/first-string.js';

/** An answer the Hawkeye simulator gives instead of the normal one. */
export class HawkeyeHttpError extends Error {
  override readonly name = 'HawkeyeHttpError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }

  get body(): HawkeyeErrorResponse {
    return hawkeyeErrorBody(this.status, this.message);
  }
}

export function hawkeyeErrorBody(status: number, message: string): HawkeyeErrorResponse {
  return { code: status, message };
}

/** What Hawkeye answers malformed parameters (the bridge's 400 message is the same sentence). */
export const HAWKEYE_BAD_PARAMETERS = 'Parameters or body were in an incorrect format';

export const HAWKEYE_UNAUTHORIZED = 'Unauthorized: no valid session, please log in';

/** `limit` and `offset` of a list call: digits only, limit 1–1000 (default 100). */
export function hawkeyePaging(query: Record<string, unknown>): { limit: number; offset: number } {
  const limit = pagingValue(query.limit, 100);
  const offset = pagingValue(query.offset, 0);
  if (limit < 1 || limit > 1000) throw new HawkeyeHttpError(400, HAWKEYE_BAD_PARAMETERS);
  return { limit, offset };
}

function pagingValue(value: unknown, fallback: number): number {
  const text = firstString(value);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new HawkeyeHttpError(400, HAWKEYE_BAD_PARAMETERS);
  return Number(text);
}

/** The page envelope around `records` (of `total` matching). */
export function hawkeyePageOf<T>(args: {
  records: T[];
  total: number;
  limit: number | string;
  offset: number;
}): {
  total_count: string;
  count: number;
  limit: number | string;
  offset: number;
  has_more: 0 | 1;
  records: T[];
} {
  const { records, total, limit, offset } = args;
  return {
    total_count: String(total),
    count: records.length,
    limit,
    offset,
    has_more: offset + records.length < total ? 1 : 0,
    records,
  };
}

/** The first value of a query parameter as a string, or undefined. */
export function queryString(query: Record<string, unknown>, name: string): string | undefined {
  return firstString(query[name]);
}
