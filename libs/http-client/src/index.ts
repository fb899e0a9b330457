export { EXPIRY_MARGIN_MS, type AuthCredentials, type VendorAuth } from './auth-session.js';
export { classifyFailure, FailureKind } from './classify-failure.js';
export {
  createVendorClient,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type RetryOptions,
  type VendorClientOptions,
} from './create-vendor-client.js';
export { describeHttpError, type HttpErrorDescription } from './describe-http-error.js';
export { defaultEndpointLabel } from './endpoint-label.js';
export { VendorLoginError } from './errors.js';
export { isTimeout } from './is-timeout.js';
export { parseRetryAfterMs, retryDelayMs, type RetryDelayOptions } from './retry-delay.js';
export { isIdempotent, RETRY_RULE, shouldRetry } from './should-retry.js';
export { statusLabel, statusOf } from './status-of.js';
export { vendorHttpMetrics, type VendorHttpMetrics } from './vendor-http-metrics.js';
