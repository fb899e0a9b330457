/**
 * The original system's wire envelopes (spec/bridges.md §1.2), kept byte-compatible so a Python
 * service and a TypeScript one can answer each other.
 *   request:  {"request_id": "<22 chars>", "body": {...}}
 *   reply:    {"body": <payload | error text>, "status": <int>}  (+ "request_id" on some subjects)
 * Checked by hand rather than by a schema: they are tiny and on every message's path.
 */
export interface RequestEnvelope {
  request_id?: string;
  body: unknown;
  /** The envelope's other top-level fields (legacy callers add some, e.g. `igzID`). */
  extra?: Record<string, unknown>;
}

export interface ReplyEnvelope {
  body: unknown;
  /** The original answers `null` for vendor statuses a client method does not handle. */
  status: number | null;
  request_id?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request envelope in `value`, or undefined when it is not one. */
export function readRequestEnvelope(value: unknown): RequestEnvelope | undefined {
  if (!isRecord(value)) return undefined;
  const requestId = value['request_id'];
  if (requestId !== undefined && requestId !== null && typeof requestId !== 'string')
    return undefined;
  const envelope: RequestEnvelope =
    typeof requestId === 'string'
      ? { request_id: requestId, body: value['body'] }
      : { body: value['body'] };
  const extraKeys = Object.keys(value).filter((key) => key !== 'request_id' && key !== 'body');
  if (extraKeys.length > 0) {
    envelope.extra = Object.fromEntries(extraKeys.map((key) => [key, value[key]]));
  }
  return envelope;
}

/** The reply envelope in `value`, or undefined when it is not one. */
export function readReplyEnvelope(value: unknown): ReplyEnvelope | undefined {
  if (!isRecord(value) || !('status' in value)) return undefined;
  const status = value['status'];
  if (status !== null && !Number.isInteger(status)) return undefined;
  return { body: value['body'], status: status as number | null };
}

/** A status the engine treats as success: 2xx. */
export function isSuccessStatus(status: number | null): status is number {
  return status !== null && status >= 200 && status < 300;
}
