import type { AxiosError } from 'axios';
import { describeHttpError } from './describe-http-error.js';

const DETAILS = ['config', 'request', 'response'] as const;

/**
 * Makes an axios error safe to hand to a logger. Its `config` holds the auth headers and body,
 * its `request` the raw header block; pino's error serializer copies every enumerable property
 * and `JSON.stringify` calls `toJSON`, which includes `config`. The properties stay readable
 * (`err.response.status` still works); they are just no longer enumerated, and `toJSON` returns
 * the safe description.
 */
export function hideRequestDetails(error: AxiosError): AxiosError {
  for (const key of DETAILS) {
    if (Object.prototype.propertyIsEnumerable.call(error, key)) {
      Object.defineProperty(error, key, { enumerable: false });
    }
  }
  Object.defineProperty(error, 'toJSON', {
    value: () => describeHttpError(error),
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return error;
}
