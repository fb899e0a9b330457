import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { Counter } from 'prom-client';
import type { SlackApi } from '../slack-client/slack-client.js';
import type { Mailer } from '../smtp-client/smtp-mailer.js';

/** What every handler gets besides the message: the vendor clients and the delivery counter. */
export interface NotificationHandlerDeps {
  readonly slack: SlackApi;
  readonly mailer: Mailer;
  readonly sent: Counter<'channel' | 'outcome'>;
}

export type NotificationHandlerContext = HandlerContext & NotificationHandlerDeps;

export type NotificationHandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: NotificationHandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract, its queue group and the function that answers it. */
export interface NotificationHandler<C extends Contract = Contract> {
  readonly contract: C;
  /** The original's queue group of the subject (`notifications_bridge`, `email_bridge`). */
  readonly queue: string;
  readonly handle: NotificationHandlerFn<C>;
  serve(bus: Bus, deps: NotificationHandlerDeps, options: Omit<ServeOptions, 'queue'>): Served;
}

/**
 * Pairs a contract with its handler. The bus validates the message first (400 naming each bad
 * field), answers only messages that carry a reply inbox (fire-and-forget publishes are handled
 * and not answered), and turns a thrown `EngineError` into its reply.
 */
export function defineHandler<C extends Contract>(spec: {
  contract: C;
  queue: string;
  handle: NotificationHandlerFn<C>;
}): NotificationHandler<C> {
  const { contract, queue, handle } = spec;
  return Object.freeze({
    contract,
    queue,
    handle,
    serve: (bus: Bus, deps: NotificationHandlerDeps, options: Omit<ServeOptions, 'queue'>) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), {
        ...options,
        queue,
      }),
  });
}
