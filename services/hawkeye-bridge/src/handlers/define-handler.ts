import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { HawkeyeApi } from '../hawkeye-client/hawkeye-client.js';

/** What every handler gets besides the request. */
export interface HawkeyeHandlerDeps {
  readonly hawkeye: HawkeyeApi;
  /** Test-result details fetched at once. */
  readonly detailConcurrency: number;
}

export type HawkeyeHandlerContext = HandlerContext & HawkeyeHandlerDeps;

export type HawkeyeHandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: HawkeyeHandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract and the function that answers it. */
export interface HawkeyeHandler<C extends Contract = Contract> {
  readonly contract: C;
  serve(bus: Bus, deps: HawkeyeHandlerDeps, options: ServeOptions): Served;
}

/** Pairs a contract with its handler; the bus validates requests and maps thrown `EngineError`s. */
export function defineHandler<C extends Contract>(
  contract: C,
  handle: HawkeyeHandlerFn<C>,
): HawkeyeHandler<C> {
  return Object.freeze({
    contract,
    serve: (bus: Bus, deps: HawkeyeHandlerDeps, options: ServeOptions) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), options),
  });
}
