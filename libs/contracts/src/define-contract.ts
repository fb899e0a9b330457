import type { z } from 'zod';

/**
 * A request/reply subject, declared once and imported by the service that answers it and by
 * every caller. `response` describes the body of a success (2xx) reply; failure replies carry an
 * error text or a vendor's error body and are typed `unknown`.
 */
export interface Contract<
  Subject extends string = string,
  Request extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  readonly kind: 'request-reply';
  readonly subject: Subject;
  readonly request: Request;
  readonly response: Response;
  /** The caller's default timeout (spec/bridges.md §1.4). */
  readonly timeoutMs: number;
  /** Whether the reply echoes the request's `request_id` (only some subjects of the original do). */
  readonly echoRequestId: boolean;
  /**
   * Other top-level fields of the request envelope the reply repeats (the original's
   * `digi.reboot` answers with the caller's `igzID`).
   */
  readonly echoEnvelopeFields: readonly string[];
  readonly description: string;
}

/** A fire-and-forget subject: published with the request envelope, answered by nobody. */
export interface EventContract<
  Subject extends string = string,
  Payload extends z.ZodType = z.ZodType,
> {
  readonly kind: 'event';
  readonly subject: Subject;
  readonly payload: Payload;
  /**
   * False for the original's bare events (the task-dispatcher's results): the payload travels as
   * is, without the `{request_id, body}` envelope. Absent or true: enveloped.
   */
  readonly envelope?: boolean;
  readonly description: string;
}

export type RequestOf<C extends Contract> = z.output<C['request']>;
export type RequestInputOf<C extends Contract> = z.input<C['request']>;
export type ResponseOf<C extends Contract> = z.output<C['response']>;
export type ResponseInputOf<C extends Contract> = z.input<C['response']>;
export type PayloadOf<E extends EventContract> = z.output<E['payload']>;
export type PayloadInputOf<E extends EventContract> = z.input<E['payload']>;

export const DEFAULT_TIMEOUT_MS = 30_000;

export function defineContract<
  Subject extends string,
  Request extends z.ZodType,
  Response extends z.ZodType,
>(spec: {
  subject: Subject;
  request: Request;
  response: Response;
  timeoutMs?: number;
  echoRequestId?: boolean;
  echoEnvelopeFields?: readonly string[];
  description?: string;
}): Contract<Subject, Request, Response> {
  return Object.freeze({
    kind: 'request-reply',
    subject: spec.subject,
    request: spec.request,
    response: spec.response,
    timeoutMs: spec.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    echoRequestId: spec.echoRequestId ?? false,
    echoEnvelopeFields: Object.freeze([...(spec.echoEnvelopeFields ?? [])]),
    description: spec.description ?? '',
  });
}

export function defineEvent<Subject extends string, Payload extends z.ZodType>(spec: {
  subject: Subject;
  payload: Payload;
  /** False: published and read bare, without the request envelope (default true). */
  envelope?: boolean;
  description?: string;
}): EventContract<Subject, Payload> {
  return Object.freeze({
    kind: 'event',
    subject: spec.subject,
    payload: spec.payload,
    envelope: spec.envelope ?? true,
    description: spec.description ?? '',
  });
}
