import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { BruinApi } from '../bruin-client/bruin-client.js';
import type { BruinBridgeSettings } from '../config.js';

/** What every handler gets besides the request: the Bruin client and the bridge's settings. */
export interface BruinHandlerDeps {
  readonly bruin: BruinApi;
  readonly settings: BruinBridgeSettings;
}

export type BruinHandlerContext = HandlerContext & BruinHandlerDeps;

export type BruinHandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: BruinHandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract and the function that answers it. */
export interface BruinHandler<C extends Contract = Contract> {
  readonly contract: C;
  readonly handle: BruinHandlerFn<C>;
  /** Serves the contract on `bus` with these dependencies. */
  serve(bus: Bus, deps: BruinHandlerDeps, options: ServeOptions): Served;
}

/**
 * Pairs a contract with its handler. The bus validates the request against the contract before
 * the handler runs (400 naming each bad field) and turns a thrown `EngineError` into its reply.
 */
export function defineHandler<C extends Contract>(
  contract: C,
  handle: BruinHandlerFn<C>,
): BruinHandler<C> {
  return Object.freeze({
    contract,
    handle,
    serve: (bus: Bus, deps: BruinHandlerDeps, options: ServeOptions) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), options),
  });
}
