import type { Logger } from 'pino';
import type {
  Contract,
  EventContract,
  PayloadOf,
  RequestOf,
  ResponseInputOf,
  ResponseOf,
} from '@automation-engine/contracts';

/** What a handler answers: a success status and a body of the contract's response shape. */
export interface HandlerReply<C extends Contract> {
  status: number;
  body: ResponseInputOf<C>;
}

export interface HandlerContext {
  subject: string;
  /** The caller's request_id, or a fresh one when the caller sent none. */
  requestId: string;
  /** A child logger carrying subject and request_id. */
  logger: Logger;
}

/** Handles one request. Report failures by throwing `EngineError`; anything else becomes a 500. */
export type RequestHandler<C extends Contract> = (
  body: RequestOf<C>,
  context: HandlerContext,
) => Promise<HandlerReply<C>> | HandlerReply<C>;

export type EventHandler<E extends EventContract> = (
  payload: PayloadOf<E>,
  context: HandlerContext,
) => Promise<void> | void;

/** A reply as the caller sees it: typed body on 2xx, the raw error body otherwise. */
export type RequestResult<C extends Contract> =
  | { ok: true; status: number; body: ResponseOf<C> }
  | { ok: false; status: number | null; body: unknown };

export interface ServeOptions {
  /** Queue group: replicas in one group share the subject's requests. */
  queue?: string;
  /** Requests of this subject handled at once by this process (default 32). */
  concurrency?: number;
}

export interface SubscribeOptions {
  queue?: string;
  concurrency?: number;
}

export interface RequestOptions {
  /** Overrides the contract's timeout. */
  timeoutMs?: number;
}

/** A subject this process serves or listens to. */
export interface Served {
  readonly subject: string;
  /** Stops taking messages, lets the ones in hand finish, then resolves. */
  stop(): Promise<void>;
}
