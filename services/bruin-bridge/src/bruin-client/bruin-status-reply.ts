import type { ErrorCode } from '@automation-engine/contracts';

/** The fixed texts of the original's replies (spec/bridges.md §2.2). */
export const BRUIN_REPLY_TEXT = {
  unauthorized: 'Got 401 from Bruin',
  notFound: 'Resource not found',
  internal: 'Got internal error from Bruin',
} as const;

/** What the bridge answers for a Bruin HTTP status that is not a success. */
export interface BruinStatusReply {
  code: ErrorCode;
  status: number;
  body: unknown;
}

/**
 * The one mapping from a failed Bruin answer to the bridge's reply, for every subject (spec §2.2).
 * Per-subject exceptions live in `statusDeviations`, not here.
 *
 * | Bruin     | Reply                                      |
 * |-----------|--------------------------------------------|
 * | 400       | Bruin's body, 400                          |
 * | 401       | "Got 401 from Bruin", 401 (after re-login) |
 * | 403       | Bruin's body, 403                          |
 * | 404       | "Resource not found", 404                  |
 * | other 4xx | Bruin's body and status (409, 429…)        |
 * | 5xx       | "Got internal error from Bruin", 500       |
 * | other     | "Unexpected HTTP <n> from Bruin", 500      |
 *
 * The original answered `{body: null, status: null}` for statuses a method had no branch for; here
 * every status has a reply (docs/adr/0007-bruin-bridge-status-mapping.md).
 */
export function bruinStatusReply(status: number, vendorBody: unknown): BruinStatusReply {
  if (status === 400) return { code: 'BAD_REQUEST', status, body: vendorBody };
  if (status === 401)
    return { code: 'VENDOR_UNAUTHORIZED', status, body: BRUIN_REPLY_TEXT.unauthorized };
  if (status === 403) return { code: 'FORBIDDEN', status, body: vendorBody };
  if (status === 404) return { code: 'NOT_FOUND', status, body: BRUIN_REPLY_TEXT.notFound };
  if (status === 409) return { code: 'CONFLICT', status, body: vendorBody };
  if (status >= 400 && status < 500) return { code: 'BAD_REQUEST', status, body: vendorBody };
  if (status >= 500 && status < 600) {
    return { code: 'VENDOR_DOWN', status: 500, body: BRUIN_REPLY_TEXT.internal };
  }
  return { code: 'INTERNAL', status: 500, body: `Unexpected HTTP ${String(status)} from Bruin` };
}
