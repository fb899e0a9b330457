import type { Contract, RequestOf } from '@automation-engine/contracts';
import type {
  Bus,
  HandlerContext,
  HandlerReply,
  Served,
  ServeOptions,
} from '@automation-engine/messaging';
import type { DriApi } from '../dri-client/dri-client.js';
import type { TaskIdCache } from '../task-flow/task-id-cache.js';

/** What every handler gets besides the request. */
export interface DriHandlerDeps {
  readonly dri: DriApi;
  readonly taskIds: TaskIdCache;
  readonly pollIntervalMs: number;
  readonly maxWaitMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export type DriHandlerContext = HandlerContext & DriHandlerDeps;

export type DriHandlerFn<C extends Contract> = (
  body: RequestOf<C>,
  context: DriHandlerContext,
) => Promise<HandlerReply<C>>;

/** A subject of the bridge: its contract and the function that answers it. */
export interface DriHandler<C extends Contract = Contract> {
  readonly contract: C;
  serve(bus: Bus, deps: DriHandlerDeps, options: ServeOptions): Served;
}

/** Pairs a contract with its handler; the bus validates requests and maps thrown `EngineError`s. */
export function defineHandler<C extends Contract>(
  contract: C,
  handle: DriHandlerFn<C>,
): DriHandler<C> {
  return Object.freeze({
    contract,
    serve: (bus: Bus, deps: DriHandlerDeps, options: ServeOptions) =>
      bus.serve(contract, (body, context) => handle(body, { ...context, ...deps }), options),
  });
}
