import {
  errors as natsErrors,
  type Msg,
  type NatsConnection,
  type Subscription,
} from '@nats-io/transport-node';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  type Contract,
  EngineError,
  type EventContract,
  formatIssues,
  isSuccessStatus,
  newShortId,
  type PayloadInputOf,
  type PayloadOf,
  readReplyEnvelope,
  readRequestEnvelope,
  type RequestEnvelope,
  type RequestInputOf,
  type RequestOf,
  type ResponseOf,
} from '@automation-engine/contracts';
import type { BusMetrics } from './bus-metrics.js';
import type { ClaimCheck } from './claim-check.js';
import { BoundedDispatcher } from './bounded-dispatcher.js';
import {
  BusClosedError,
  BusError,
  ClaimCheckExpiredError,
  InvalidRequestError,
  InvalidResponseError,
  NoRespondersError,
  RequestTimeoutError,
} from './errors.js';
import { encodeJson, type EncodedJson } from './json-codec.js';
import { decodeRestored, parseJson, respond, restorePayload } from './message-handling.js';
import type { PooledBytes } from './bulk-reader.js';
import { ReplyInbox } from './reply-inbox.js';
import type {
  EventHandler,
  HandlerContext,
  HandlerReply,
  RequestHandler,
  RequestOptions,
  RequestResult,
  Served,
  ServeOptions,
  SubscribeOptions,
} from './types.js';

export const DEFAULT_CONCURRENCY = 32;

export interface BusParts {
  nc: NatsConnection;
  redis: Redis;
  ownsRedis: boolean;
  claimCheck: ClaimCheck;
  logger: Logger;
  metrics: BusMetrics;
  /** Bytes above which a payload is claim-checked; undefined → the server's max_payload. */
  maxPayloadOverride: number | undefined;
  subjectPrefix: string;
}

type Decoded =
  { ok: true; envelope: RequestEnvelope } | { ok: false; status: number; reason: string };

/** An event the original publishes without the request envelope (`envelope: false`). */
function isBare(event: EventContract): boolean {
  return event.envelope === false;
}

function isPromise<T, P = T>(value: T | Promise<P>): value is Promise<P> {
  return value instanceof Promise;
}

/** A handler context whose child logger is made only if the handler logs. */
function handlerContext(spec: {
  subject: string;
  requestId: string;
  logger: Logger;
}): HandlerContext {
  let child: Logger | undefined;
  return {
    subject: spec.subject,
    requestId: spec.requestId,
    get logger() {
      child ??= spec.logger.child({ request_id: spec.requestId });
      return child;
    },
  };
}

/**
 * The engine's bus: request/reply with typed contracts, events, queue groups, and the Redis
 * claim-check for payloads over the NATS limit. Build one with `connectBus`.
 */
export class Bus {
  private readonly served = new Set<Served>();
  private closing = false;
  private linkUp = true;

  private readonly inbox: ReplyInbox;

  constructor(private readonly parts: BusParts) {
    this.inbox = new ReplyInbox(parts.nc);
  }

  /** The payload size above which a message goes through the claim-check. */
  get maxPayload(): number {
    return this.parts.maxPayloadOverride ?? this.parts.nc.info?.max_payload ?? 1_048_576;
  }

  /** True while connected to a NATS server and not draining. */
  get connected(): boolean {
    return !this.closing && this.linkUp && !this.parts.nc.isClosed();
  }

  /** Told by the connection watcher when the link to NATS drops or comes back. */
  setLinkUp(up: boolean): void {
    this.linkUp = up;
  }

  /** Readiness: NATS connected and the claim-check store reachable. */
  ready(): boolean {
    return this.connected && this.parts.redis.status === 'ready';
  }

  /**
   * Round-trips to the server, so subscriptions made so far are in place there before callers on
   * other connections send to them.
   */
  async flush(): Promise<void> {
    await this.parts.nc.flush();
  }

  subjectFor(subject: string): string {
    return this.parts.subjectPrefix === '' ? subject : `${this.parts.subjectPrefix}.${subject}`;
  }

  /** Answers `contract` with `handler`; requests are validated before the handler runs. */
  serve<C extends Contract>(
    contract: C,
    handler: RequestHandler<C>,
    options: ServeOptions = {},
  ): Served {
    return this.listen({
      subject: contract.subject,
      options,
      onMessage: (msg, logger) => this.handleRequest({ contract, handler, msg, logger }),
    });
  }

  /** Listens to an event subject; invalid payloads are logged and counted, never crash. */
  subscribe<E extends EventContract>(
    event: E,
    handler: EventHandler<E>,
    options: SubscribeOptions = {},
  ): Served {
    return this.listen({
      subject: event.subject,
      options,
      onMessage: (msg, logger) => this.handleEvent({ event, handler, msg, logger }),
    });
  }

  /** Sends a request and waits for its reply. Non-2xx replies are returned, not thrown. */
  async request<C extends Contract>(
    contract: C,
    body: RequestInputOf<C>,
    options: RequestOptions = {},
  ): Promise<RequestResult<C>> {
    const subject = contract.subject;
    const checked = contract.request.safeParse(body);
    if (!checked.success) {
      this.parts.metrics.sent(subject, 'invalid_request')();
      throw new InvalidRequestError(subject, formatIssues(checked.error.issues));
    }
    const timeoutMs = options.timeoutMs ?? contract.timeoutMs;
    const outbound = this.outbound(subject, encodeJson({ request_id: newShortId(), body }));
    const data = isPromise(outbound) ? await outbound : outbound;
    const stopTimer = this.parts.metrics.requestTimer(subject)();
    let reply: Msg;
    try {
      reply = await this.inbox.request({
        subject,
        wire: this.subjectFor(subject),
        data,
        timeoutMs,
      });
    } catch (error) {
      throw this.requestFailure({ subject, timeoutMs, error });
    } finally {
      stopTimer();
    }
    return this.readReply(contract, reply.data);
  }

  /**
   * Publishes an event, no reply expected: in the request envelope, or bare for an event declared
   * `envelope: false`.
   */
  async publish<E extends EventContract>(event: E, payload: PayloadInputOf<E>): Promise<void> {
    const subject = event.subject;
    const bare = isBare(event);
    const checked = event.payload.safeParse(payload);
    if (!checked.success) {
      this.parts.metrics.event({ subject, direction: 'out', outcome: 'invalid' });
      throw new InvalidRequestError(
        subject,
        formatIssues(checked.error.issues, bare ? 'payload' : 'body'),
      );
    }
    const data = await this.outbound(
      subject,
      encodeJson(bare ? payload : { request_id: newShortId(), body: payload }),
    );
    this.parts.nc.publish(this.subjectFor(subject), data);
    this.parts.metrics.event({ subject, direction: 'out', outcome: 'published' });
  }

  /**
   * Graceful stop: stop taking messages, let handlers in hand finish and reply, flush, close.
   * Idempotent.
   */
  async drain(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.all([...this.served].map((served) => served.stop()));
    if (!this.parts.nc.isClosed()) {
      await this.parts.nc.drain().catch((error: unknown) => {
        this.parts.logger.warn({ err: error }, 'NATS drain failed; closing');
        return this.parts.nc.close();
      });
    }
    this.inbox.close();
    this.parts.claimCheck.close();
    if (this.parts.ownsRedis) {
      await this.parts.redis.quit().catch(() => {
        this.parts.redis.disconnect();
      });
    }
  }

  // ---- serving --------------------------------------------------------------------------------

  private listen(spec: {
    subject: string;
    options: ServeOptions;
    onMessage: (msg: Msg, logger: Logger) => void | Promise<void>;
  }): Served {
    if (this.closing) throw new BusClosedError(spec.subject);
    const logger = this.parts.logger.child({ subject: spec.subject });
    const inFlight = this.parts.metrics.inFlight(spec.subject);
    const dispatcher = new BoundedDispatcher<Msg>(
      spec.options.concurrency ?? DEFAULT_CONCURRENCY,
      (msg) => {
        inFlight.inc();
        const handled = spec.onMessage(msg, logger);
        if (!isPromise(handled)) {
          inFlight.dec();
          return;
        }
        return handled.finally(() => inFlight.dec());
      },
      (error) => {
        logger.error({ err: error }, 'message handling failed');
      },
    );
    // The callback form: the client hands over every message of a read synchronously.
    const subscription: Subscription = this.parts.nc.subscribe(this.subjectFor(spec.subject), {
      ...(spec.options.queue === undefined ? {} : { queue: spec.options.queue }),
      callback: (error, msg) => {
        if (error !== null) {
          logger.error({ err: error }, 'subscription error');
          return;
        }
        dispatcher.push(msg);
      },
    });
    let stopping: Promise<void> | undefined;
    const served: Served = {
      subject: spec.subject,
      stop: () => {
        stopping ??= (async () => {
          if (!subscription.isClosed()) {
            await subscription.drain().catch(() => {
              subscription.unsubscribe();
            });
          }
          await dispatcher.idle();
          this.served.delete(served);
        })();
        return stopping;
      },
    };
    this.served.add(served);
    logger.info({ queue: spec.options.queue, concurrency: dispatcher.limit }, 'listening');
    return served;
  }

  private decodeEnvelope(data: Uint8Array): Decoded {
    const json = parseJson(data);
    if (!json.ok) return { ok: false, status: 400, reason: `request is ${json.reason}` };
    const envelope = readRequestEnvelope(json.value);
    if (envelope === undefined) {
      return {
        ok: false,
        status: 400,
        reason: 'request must be a JSON object {"request_id": "...", "body": ...}',
      };
    }
    return { ok: true, envelope };
  }

  /** A bare event's payload, read as the body of an envelope without request_id. */
  private decodeBare(data: Uint8Array): Decoded {
    const json = parseJson(data);
    if (!json.ok) return { ok: false, status: 400, reason: `event is ${json.reason}` };
    return { ok: true, envelope: { body: json.value } };
  }

  /**
   * Like decodeEnvelope (or decodeBare for `bare`), first restoring a claim-checked payload (the
   * only asynchronous case).
   */
  private receive(subject: string, data: Uint8Array, bare = false): Decoded | Promise<Decoded> {
    const decode = (payload: Uint8Array): Decoded =>
      bare ? this.decodeBare(payload) : this.decodeEnvelope(payload);
    let restored: Uint8Array | Promise<PooledBytes>;
    try {
      restored = restorePayload({
        data,
        subject,
        claimCheck: this.parts.claimCheck,
        metrics: this.parts.metrics,
      });
    } catch (error) {
      return { ok: false, status: 500, reason: (error as Error).message };
    }
    if (!isPromise(restored)) return decode(restored);
    return restored.then(
      (payload) => decodeRestored(payload, decode),
      (error: unknown): Decoded => ({
        ok: false,
        status: error instanceof ClaimCheckExpiredError ? 400 : 500,
        reason: `${(error as Error).message}; resend the request`,
      }),
    );
  }

  private handleRequest<C extends Contract>(spec: {
    contract: C;
    handler: RequestHandler<C>;
    msg: Msg;
    logger: Logger;
  }): void | Promise<void> {
    const stopTimer = this.parts.metrics.handlerTimer(spec.contract.subject)();
    const decoded = this.receive(spec.contract.subject, spec.msg.data);
    if (isPromise(decoded)) {
      return decoded.then((resolved) => this.answer({ ...spec, decoded: resolved, stopTimer }));
    }
    return this.answer({ ...spec, decoded, stopTimer });
  }

  private answer<C extends Contract>(spec: {
    contract: C;
    handler: RequestHandler<C>;
    msg: Msg;
    logger: Logger;
    decoded: Decoded;
    stopTimer: () => void;
  }): void | Promise<void> {
    const { contract, decoded } = spec;
    const subject = contract.subject;
    if (!decoded.ok) {
      spec.logger.warn({ status: decoded.status, reason: decoded.reason }, 'request rejected');
      return this.finish({
        ...spec,
        requestId: undefined,
        status: decoded.status,
        body: decoded.reason,
      });
    }
    const requestId = decoded.envelope.request_id ?? newShortId();
    const answered = { ...spec, requestId, echo: decoded.envelope.extra };
    const parsed = contract.request.safeParse(decoded.envelope.body);
    if (!parsed.success) {
      const reason = `invalid request: ${formatIssues(parsed.error.issues)}`;
      spec.logger.warn({ request_id: requestId, status: 400, reason }, 'request rejected');
      return this.finish({ ...answered, status: 400, body: reason });
    }
    const context = handlerContext({ subject, requestId, logger: spec.logger });
    let result: HandlerReply<C> | Promise<HandlerReply<C>>;
    try {
      result = spec.handler(parsed.data as RequestOf<C>, context);
    } catch (error) {
      return this.finish({ ...answered, ...this.failureReply(error, context) });
    }
    if (!isPromise(result)) {
      return this.finish({ ...answered, status: result.status, body: result.body });
    }
    return result.then(
      (reply) => this.finish({ ...answered, status: reply.status, body: reply.body }),
      (error: unknown) => this.finish({ ...answered, ...this.failureReply(error, context) }),
    );
  }

  private failureReply(error: unknown, context: HandlerContext): { status: number; body: unknown } {
    if (error instanceof EngineError) {
      context.logger.warn(
        { code: error.code, status: error.status, err: error },
        'handler reported a failure',
      );
      return { status: error.status, body: error.body };
    }
    context.logger.error({ err: error }, 'handler failed');
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: `internal error: ${message}` };
  }

  private finish(spec: {
    contract: Contract;
    msg: Msg;
    logger: Logger;
    stopTimer: () => void;
    requestId: string | undefined;
    echo?: Record<string, unknown> | undefined;
    status: number;
    body: unknown;
  }): void | Promise<void> {
    this.parts.metrics.handled(spec.contract.subject, String(spec.status))();
    spec.stopTimer();
    if (spec.msg.reply === undefined || spec.msg.reply === '') return; // fire-and-forget caller
    const reply: Record<string, unknown> = { body: spec.body, status: spec.status };
    for (const field of spec.contract.echoEnvelopeFields) {
      reply[field] = spec.echo?.[field] ?? null;
    }
    if (spec.contract.echoRequestId && spec.requestId !== undefined) {
      reply['request_id'] = spec.requestId;
    }
    let payload: EncodedJson;
    try {
      payload = encodeJson(reply);
    } catch (error) {
      spec.logger.error({ err: error }, 'reply is not serialisable');
      const message = `internal error: reply is not serialisable: ${(error as Error).message}`;
      payload = encodeJson({ body: message, status: 500 });
    }
    const bytes = payload.bytes.byteLength;
    const sent = respond({
      msg: spec.msg,
      payload,
      maxPayload: this.maxPayload,
      claimCheck: this.parts.claimCheck,
      metrics: this.parts.metrics,
      logger: spec.logger,
    });
    if (!isPromise(sent)) return;
    return sent.catch((error: unknown) => {
      this.parts.metrics.claimCheck('failed');
      spec.logger.error({ err: error, bytes }, 'reply could not be claim-checked');
      spec.msg.respond(
        encodeJson({
          body: `reply too large and ${(error as Error).message}`,
          status: 500,
        }).detach(),
      );
    });
  }

  private async handleEvent<E extends EventContract>(spec: {
    event: E;
    handler: EventHandler<E>;
    msg: Msg;
    logger: Logger;
  }): Promise<void> {
    const subject = spec.event.subject;
    const bare = isBare(spec.event);
    const decoded = await this.receive(subject, spec.msg.data, bare);
    if (!decoded.ok) {
      this.parts.metrics.event({ subject, direction: 'in', outcome: 'invalid' });
      spec.logger.warn({ reason: decoded.reason }, 'event dropped');
      return;
    }
    const requestId = decoded.envelope.request_id ?? newShortId();
    const context = handlerContext({ subject, requestId, logger: spec.logger });
    const parsed = spec.event.payload.safeParse(decoded.envelope.body);
    if (!parsed.success) {
      this.parts.metrics.event({ subject, direction: 'in', outcome: 'invalid' });
      context.logger.warn(
        { reason: formatIssues(parsed.error.issues, bare ? 'payload' : 'body') },
        'event dropped: invalid payload',
      );
      return;
    }
    try {
      await spec.handler(parsed.data as PayloadOf<E>, context);
      this.parts.metrics.event({ subject, direction: 'in', outcome: 'handled' });
    } catch (error) {
      this.parts.metrics.event({ subject, direction: 'in', outcome: 'failed' });
      context.logger.error({ err: error }, 'event handler failed');
    }
  }

  // ---- calling --------------------------------------------------------------------------------

  /** Claim-checks an outbound payload over max_payload; no promise when it fits. */
  private outbound(subject: string, payload: EncodedJson): Uint8Array | Promise<Uint8Array> {
    if (this.closing) {
      payload.release();
      throw new BusClosedError(subject);
    }
    const bytes = payload.bytes.byteLength;
    if (bytes <= this.maxPayload) return payload.detach();
    return this.parts.claimCheck.store(subject, payload).then(({ key, token }) => {
      this.parts.metrics.claimCheck('stored');
      this.parts.logger.debug({ subject, key, bytes }, 'payload claim-checked');
      return token;
    });
  }

  private requestFailure(spec: { subject: string; timeoutMs: number; error: unknown }): BusError {
    const { subject, error } = spec;
    const failure = (outcome: string, made: BusError) => {
      this.parts.metrics.sent(subject, outcome)();
      return made;
    };
    if (error instanceof RequestTimeoutError) return failure('timeout', error);
    if (error instanceof NoRespondersError) return failure('no_responders', error);
    if (error instanceof BusClosedError) return failure('closed', error);
    if (error instanceof natsErrors.TimeoutError) {
      return failure('timeout', new RequestTimeoutError(subject, spec.timeoutMs, { cause: error }));
    }
    if (
      error instanceof natsErrors.NoRespondersError ||
      (error instanceof natsErrors.RequestError && error.isNoResponders())
    ) {
      return failure('no_responders', new NoRespondersError(subject, { cause: error }));
    }
    if (
      error instanceof natsErrors.ClosedConnectionError ||
      error instanceof natsErrors.DrainingConnectionError
    ) {
      return failure('closed', new BusClosedError(subject, { cause: error }));
    }
    const message = `request on ${subject} failed: ${(error as Error).message}`;
    return failure('error', new BusError(subject, message, { cause: error }));
  }

  private async readReply<C extends Contract>(
    contract: C,
    data: Uint8Array,
  ): Promise<RequestResult<C>> {
    const subject = contract.subject;
    const invalid = (reason: string) => {
      this.parts.metrics.sent(subject, 'invalid_response')();
      return new InvalidResponseError(subject, reason);
    };
    let json: ReturnType<typeof parseJson>;
    try {
      const restored = restorePayload({
        data,
        subject,
        claimCheck: this.parts.claimCheck,
        metrics: this.parts.metrics,
      });
      json = isPromise(restored) ? decodeRestored(await restored, parseJson) : parseJson(restored);
    } catch (error) {
      this.parts.metrics.sent(subject, 'claim_check_failed')();
      throw error;
    }
    if (!json.ok) throw invalid(json.reason);
    const envelope = readReplyEnvelope(json.value);
    if (envelope === undefined) throw invalid('not a {"body": ..., "status": ...} envelope');
    const { status, body } = envelope;
    this.parts.metrics.sent(subject, String(status))();
    if (!isSuccessStatus(status)) return { ok: false, status, body };
    const parsed = contract.response.safeParse(body);
    if (!parsed.success) throw invalid(formatIssues(parsed.error.issues));
    return { ok: true, status, body: parsed.data as ResponseOf<C> };
  }
}
