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
  replyEnvelope,
  type RequestInputOf,
  requestEnvelope,
  type ResponseOf,
} from '@automation-engine/contracts';
import type { BusMetrics } from './bus-metrics.js';
import type { ClaimCheck } from './claim-check.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import {
  BusClosedError,
  BusError,
  ClaimCheckExpiredError,
  InvalidRequestError,
  InvalidResponseError,
  NoRespondersError,
  RequestTimeoutError,
} from './errors.js';
import { encodeJson } from './json-codec.js';
import { parseJson, respond, restorePayload } from './message-handling.js';
import type {
  EventHandler,
  HandlerContext,
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

interface Envelope {
  requestId: string;
  body: unknown;
}

type Decoded = { ok: true; envelope: Envelope } | { ok: false; status: number; reason: string };

/**
 * The engine's bus: request/reply with typed contracts, events, queue groups, and the Redis
 * claim-check for payloads over the NATS limit. Build one with `connectBus`.
 */
export class Bus {
  private readonly served = new Set<Served>();
  private closing = false;

  constructor(private readonly parts: BusParts) {}

  /** The payload size above which a message goes through the claim-check. */
  get maxPayload(): number {
    return this.parts.maxPayloadOverride ?? this.parts.nc.info?.max_payload ?? 1_048_576;
  }

  /** True while connected to a NATS server and not draining. */
  get connected(): boolean {
    return !this.closing && this.linkUp && !this.parts.nc.isClosed();
  }

  private linkUp = true;

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
      onMessage: (msg, limiterLogger) =>
        this.handleRequest({ contract, handler, msg, logger: limiterLogger }),
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
      this.parts.metrics.sent.inc({ subject, outcome: 'invalid_request' });
      throw new InvalidRequestError(subject, formatIssues(checked.error.issues));
    }
    const timeoutMs = options.timeoutMs ?? contract.timeoutMs;
    const requestId = newShortId();
    const data = await this.outbound(subject, encodeJson({ request_id: requestId, body }));
    const stopTimer = this.parts.metrics.requestDuration.startTimer({ subject });
    let reply: Msg;
    try {
      reply = await this.parts.nc.request(this.subjectFor(subject), data, { timeout: timeoutMs });
    } catch (error) {
      throw this.requestFailure({ subject, timeoutMs, error });
    } finally {
      stopTimer();
    }
    return this.readReply(contract, reply.data);
  }

  /** Publishes an event (the request envelope, no reply expected). */
  async publish<E extends EventContract>(event: E, payload: PayloadInputOf<E>): Promise<void> {
    const subject = event.subject;
    const checked = event.payload.safeParse(payload);
    if (!checked.success) {
      this.parts.metrics.events.inc({ subject, direction: 'out', outcome: 'invalid' });
      throw new InvalidRequestError(subject, formatIssues(checked.error.issues));
    }
    const data = await this.outbound(
      subject,
      encodeJson({ request_id: newShortId(), body: payload }),
    );
    this.parts.nc.publish(this.subjectFor(subject), data);
    this.parts.metrics.events.inc({ subject, direction: 'out', outcome: 'published' });
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
    if (this.parts.ownsRedis)
      await this.parts.redis.quit().catch(() => this.parts.redis.disconnect());
  }

  // ---- internals ------------------------------------------------------------------------------

  private listen(spec: {
    subject: string;
    options: ServeOptions;
    onMessage: (msg: Msg, logger: Logger) => Promise<void>;
  }): Served {
    if (this.closing) throw new BusClosedError(spec.subject);
    const limiter = new ConcurrencyLimiter(spec.options.concurrency ?? DEFAULT_CONCURRENCY);
    const wire = this.subjectFor(spec.subject);
    const subscription: Subscription = this.parts.nc.subscribe(
      wire,
      spec.options.queue === undefined ? {} : { queue: spec.options.queue },
    );
    const logger = this.parts.logger.child({ subject: spec.subject });
    const inFlight = this.parts.metrics.inFlight.labels({ subject: spec.subject });
    const loop = (async () => {
      for await (const msg of subscription) {
        await limiter.acquire();
        inFlight.inc();
        void spec
          .onMessage(msg, logger)
          .catch((error: unknown) => {
            logger.error({ err: error }, 'message handling failed');
          })
          .finally(() => {
            inFlight.dec();
            limiter.release();
          });
      }
    })();
    let stopping: Promise<void> | undefined;
    const served: Served = {
      subject: spec.subject,
      stop: () => {
        stopping ??= (async () => {
          if (!subscription.isClosed())
            await subscription.drain().catch(() => subscription.unsubscribe());
          await loop;
          await limiter.idle();
          this.served.delete(served);
        })();
        return stopping;
      },
    };
    this.served.add(served);
    logger.info({ queue: spec.options.queue, concurrency: limiter.limit }, 'listening');
    return served;
  }

  private async decodeEnvelope(subject: string, data: Uint8Array): Promise<Decoded> {
    let payload: Uint8Array;
    try {
      payload = await restorePayload({
        data,
        subject,
        claimCheck: this.parts.claimCheck,
        metrics: this.parts.metrics,
      });
    } catch (error) {
      const status = error instanceof ClaimCheckExpiredError ? 400 : 500;
      return { ok: false, status, reason: `${(error as Error).message}; resend the request` };
    }
    const json = parseJson(payload);
    if (!json.ok) return { ok: false, status: 400, reason: `request is ${json.reason}` };
    const envelope = requestEnvelope.safeParse(json.value);
    if (!envelope.success) {
      return {
        ok: false,
        status: 400,
        reason: 'request must be a JSON object {"request_id": ..., "body": ...}',
      };
    }
    return {
      ok: true,
      envelope: { requestId: envelope.data.request_id ?? newShortId(), body: envelope.data.body },
    };
  }

  private async handleRequest<C extends Contract>(spec: {
    contract: C;
    handler: RequestHandler<C>;
    msg: Msg;
    logger: Logger;
  }): Promise<void> {
    const { contract, msg } = spec;
    const subject = contract.subject;
    const stopTimer = this.parts.metrics.handlerDuration.startTimer({ subject });
    const decoded = await this.decodeEnvelope(subject, msg.data);
    const requestId = decoded.ok ? decoded.envelope.requestId : undefined;
    const logger = spec.logger.child({ request_id: requestId });
    let status: number;
    let body: unknown;
    if (!decoded.ok) {
      ({ status } = decoded);
      body = decoded.reason;
      logger.warn({ status, reason: decoded.reason }, 'request rejected');
    } else {
      const parsed = contract.request.safeParse(decoded.envelope.body);
      if (!parsed.success) {
        status = 400;
        body = `invalid request: ${formatIssues(parsed.error.issues)}`;
        logger.warn({ status, reason: body }, 'request rejected');
      } else {
        const context: HandlerContext = { subject, requestId: decoded.envelope.requestId, logger };
        ({ status, body } = await this.runHandler({
          handler: spec.handler,
          body: parsed.data,
          context,
        }));
      }
    }
    this.parts.metrics.handled.inc({ subject, status: String(status) });
    stopTimer();
    if (msg.reply === undefined || msg.reply === '') return; // fire-and-forget caller
    const reply: Record<string, unknown> = { body, status };
    if (contract.echoRequestId && requestId !== undefined) reply['request_id'] = requestId;
    await this.sendReply({ msg, reply, logger });
  }

  private async runHandler<C extends Contract>(spec: {
    handler: RequestHandler<C>;
    body: unknown;
    context: HandlerContext;
  }): Promise<{ status: number; body: unknown }> {
    try {
      const reply = await spec.handler(spec.body as never, spec.context);
      return { status: reply.status, body: reply.body };
    } catch (error) {
      if (error instanceof EngineError) {
        spec.context.logger.warn(
          { code: error.code, status: error.status, err: error },
          'handler reported a failure',
        );
        return { status: error.status, body: error.body };
      }
      spec.context.logger.error({ err: error }, 'handler failed');
      return {
        status: 500,
        body: `internal error: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  private async sendReply(spec: {
    msg: Msg;
    reply: Record<string, unknown>;
    logger: Logger;
  }): Promise<void> {
    let payload: Uint8Array;
    try {
      payload = encodeJson(spec.reply);
    } catch (error) {
      spec.logger.error({ err: error }, 'reply is not serialisable');
      payload = encodeJson({
        body: `internal error: reply is not serialisable: ${(error as Error).message}`,
        status: 500,
      });
    }
    try {
      await respond({
        msg: spec.msg,
        payload,
        maxPayload: this.maxPayload,
        claimCheck: this.parts.claimCheck,
        metrics: this.parts.metrics,
        logger: spec.logger,
      });
    } catch (error) {
      this.parts.metrics.claimCheck.inc({ operation: 'failed' });
      spec.logger.error(
        { err: error, bytes: payload.byteLength },
        'reply could not be claim-checked',
      );
      spec.msg.respond(
        encodeJson({ body: `reply too large and ${(error as Error).message}`, status: 500 }),
      );
    }
  }

  private async handleEvent<E extends EventContract>(spec: {
    event: E;
    handler: EventHandler<E>;
    msg: Msg;
    logger: Logger;
  }): Promise<void> {
    const subject = spec.event.subject;
    const decoded = await this.decodeEnvelope(subject, spec.msg.data);
    if (!decoded.ok) {
      this.parts.metrics.events.inc({ subject, direction: 'in', outcome: 'invalid' });
      spec.logger.warn({ reason: decoded.reason }, 'event dropped');
      return;
    }
    const logger = spec.logger.child({ request_id: decoded.envelope.requestId });
    const parsed = spec.event.payload.safeParse(decoded.envelope.body);
    if (!parsed.success) {
      this.parts.metrics.events.inc({ subject, direction: 'in', outcome: 'invalid' });
      logger.warn({ reason: formatIssues(parsed.error.issues) }, 'event dropped: invalid payload');
      return;
    }
    try {
      await spec.handler(parsed.data as PayloadOf<E>, {
        subject,
        requestId: decoded.envelope.requestId,
        logger,
      });
      this.parts.metrics.events.inc({ subject, direction: 'in', outcome: 'handled' });
    } catch (error) {
      this.parts.metrics.events.inc({ subject, direction: 'in', outcome: 'failed' });
      logger.error({ err: error }, 'event handler failed');
    }
  }

  /** Claim-checks an outbound payload over max_payload. */
  private async outbound(subject: string, data: Uint8Array): Promise<Uint8Array> {
    if (this.closing) throw new BusClosedError(subject);
    if (data.byteLength <= this.maxPayload) return data;
    const { key, token } = await this.parts.claimCheck.store(subject, data);
    this.parts.metrics.claimCheck.inc({ operation: 'stored' });
    this.parts.logger.debug({ subject, key, bytes: data.byteLength }, 'payload claim-checked');
    return token;
  }

  private requestFailure(spec: { subject: string; timeoutMs: number; error: unknown }): BusError {
    const { subject, error } = spec;
    const failure = (outcome: string, made: BusError) => {
      this.parts.metrics.sent.inc({ subject, outcome });
      return made;
    };
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
    return failure(
      'error',
      new BusError(subject, `request on ${subject} failed: ${(error as Error).message}`, {
        cause: error,
      }),
    );
  }

  private async readReply<C extends Contract>(
    contract: C,
    data: Uint8Array,
  ): Promise<RequestResult<C>> {
    const subject = contract.subject;
    const invalid = (reason: string) => {
      this.parts.metrics.sent.inc({ subject, outcome: 'invalid_response' });
      return new InvalidResponseError(subject, reason);
    };
    let payload: Uint8Array;
    try {
      payload = await restorePayload({
        data,
        subject,
        claimCheck: this.parts.claimCheck,
        metrics: this.parts.metrics,
      });
    } catch (error) {
      this.parts.metrics.sent.inc({ subject, outcome: 'claim_check_failed' });
      throw error;
    }
    const json = parseJson(payload);
    if (!json.ok) throw invalid(json.reason);
    const envelope = replyEnvelope.safeParse(json.value);
    if (!envelope.success) throw invalid('not a {"body": ..., "status": ...} envelope');
    const { status, body } = envelope.data;
    this.parts.metrics.sent.inc({ subject, outcome: String(status) });
    if (!isSuccessStatus(status)) return { ok: false, status, body };
    const parsed = contract.response.safeParse(body);
    if (!parsed.success) throw invalid(formatIssues(parsed.error.issues));
    return { ok: true, status, body: parsed.data as ResponseOf<C> };
  }
}
