export { Bus, DEFAULT_CONCURRENCY } from './bus.js';
export { connectBus, type BusOptions } from './connect-bus.js';
export {
  ClaimCheck,
  claimCheckToken,
  DEFAULT_CLAIM_CHECK_TTL_SECONDS,
  readClaimCheckToken,
} from './claim-check.js';
export { BoundedDispatcher } from './bounded-dispatcher.js';
export {
  BusClosedError,
  BusError,
  ClaimCheckExpiredError,
  ClaimCheckStoreError,
  InvalidRequestError,
  InvalidResponseError,
  NoRespondersError,
  RequestTimeoutError,
} from './errors.js';
export {
  DEFAULT_RECONNECT_BACKOFF,
  type NatsCredentials,
  type ReconnectBackoff,
  serverList,
} from './nats-connection-options.js';
export type {
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
