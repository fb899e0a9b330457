import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { DigiApi } from '../digi-client/digi-client.js';

/** What every handler gets besides the request: the DiGi client. */
export interface DigiHandlerDeps {
  readonly digi: DigiApi;
}

export type DigiHandlerContext = HandlerContext & DigiHandlerDeps;

export type DigiHandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: DigiHandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract and the function that answers it. */
export interface DigiHandler<C extends Contract = Contract> {
  readonly contract: C;
  readonly handle: DigiHandlerFn<C>;
  serve(bus: Bus, deps: DigiHandlerDeps, options: ServeOptions): Served;
}

/**
 * Pairs a contract with its handler. The bus validates the request against the contract before
 * the handler runs (400 naming each bad field) and turns a thrown `EngineError` into its reply.
 */
export function defineHandler<C extends Contract>(
  contract: C,
  handle: DigiHandlerFn<C>,
): DigiHandler<C> {
  return Object.freeze({
    contract,
    handle,
    serve: (bus: Bus, deps: DigiHandlerDeps, options: ServeOptions) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), options),
  });
}
