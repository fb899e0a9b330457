import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { T7Api } from '../t7-client/t7-client.js';

/** What every handler gets besides the request. */
export interface T7HandlerDeps {
  readonly t7: T7Api;
}

export type T7HandlerContext = HandlerContext & T7HandlerDeps;

export type T7HandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: T7HandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract and the function that answers it. */
export interface T7Handler<C extends Contract = Contract> {
  readonly contract: C;
  serve(bus: Bus, deps: T7HandlerDeps, options: ServeOptions): Served;
}

/** Pairs a contract with its handler; the bus validates requests and maps thrown `EngineError`s. */
export function defineHandler<C extends Contract>(
  contract: C,
  handle: T7HandlerFn<C>,
): T7Handler<C> {
  return Object.freeze({
    contract,
    serve: (bus: Bus, deps: T7HandlerDeps, options: ServeOptions) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), options),
  });
}
