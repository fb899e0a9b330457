export {
  DEFAULT_TIMEOUT_MS,
  defineContract,
  defineEvent,
  type Contract,
  type EventContract,
  type PayloadInputOf,
  type PayloadOf,
  type RequestInputOf,
  type RequestOf,
  type ResponseInputOf,
  type ResponseOf,
} from './define-contract.js';
export { EngineError, type EngineErrorOptions } from './engine-error.js';
export { ErrorCode, statusByErrorCode } from './error-codes.js';
export {
  isSuccessStatus,
  readReplyEnvelope,
  readRequestEnvelope,
  type ReplyEnvelope,
  type RequestEnvelope,
} from './envelope.js';
export { formatIssues } from './format-issues.js';
export { newShortId, SHORT_ID_LENGTH } from './short-id.js';
