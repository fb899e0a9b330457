import { setTimeout as delay } from 'node:timers/promises';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { isGrpcError } from './map-grpc-failure.js';

/**
 * Runs `attempt`, again after UNAVAILABLE (T7 did not take the call, so it is safe to resend),
 * at most `retries` more times with exponential backoff. Other failures are thrown at once.
 */
export async function withUnavailableRetries<T>(
  options: { readonly retries: number; readonly retryBaseDelayMs: number },
  attempt: () => Promise<T>,
): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      const unavailable = isGrpcError(error) && error.code === GrpcStatus.UNAVAILABLE;
      if (!unavailable || retry >= options.retries) throw error;
      await delay(options.retryBaseDelayMs * 2 ** retry);
    }
  }
}
