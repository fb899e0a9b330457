import { z } from 'zod';

/**
 * The original system's wire envelopes (spec/bridges.md §1.2), kept byte-compatible so a Python
 * service and a TypeScript one can answer each other.
 *   request:  {"request_id": "<22 chars>", "body": {...}}
 *   reply:    {"body": <payload | error text>, "status": <int>}  (+ "request_id" on some subjects)
 */
export const requestEnvelope = z.looseObject({
  request_id: z.string().optional(),
  body: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof requestEnvelope>;

export const replyEnvelope = z.looseObject({
  body: z.unknown(),
  // The original answers `null` for vendor statuses a client method does not handle.
  status: z.number().int().nullable(),
  request_id: z.string().optional(),
});
export type ReplyEnvelope = z.infer<typeof replyEnvelope>;

/** A status the engine treats as success: 2xx. */
export function isSuccessStatus(status: number | null): status is number {
  return status !== null && status >= 200 && status < 300;
}
