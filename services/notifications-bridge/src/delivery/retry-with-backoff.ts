/** What to do after a failed attempt. */
export const RetryDecision = { retry: 'retry', retryOnce: 'retry-once', stop: 'stop' } as const;
export type RetryDecision = (typeof RetryDecision)[keyof typeof RetryDecision];

export interface RetryPolicy {
  /** Retries after the first attempt (so at most `retries + 1` attempts). */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** `retry-once`: retried only if no earlier attempt failed with the same decision. */
  readonly decide: (error: unknown) => RetryDecision;
  readonly onRetry?: (event: { error: unknown; retry: number; delayMs: number }) => void;
  /** A number in [0, 1); Math.random by default. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepReal = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Exponential backoff with equal jitter (half fixed, half random), capped at `maxDelayMs`. */
export function backoffDelayMs(policy: RetryPolicy, retry: number): number {
  const random = policy.random ?? Math.random;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(backoff / 2 + (random() * backoff) / 2);
}

/**
 * Runs `operation` until it succeeds, `decide` says stop, or the retries are spent; then rejects
 * with the last error. Bounded: never more than `retries + 1` attempts.
 */
export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
): Promise<T> {
  const sleep = policy.sleep ?? sleepReal;
  let retriedOnce = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      const decision = policy.decide(error);
      const spent = attempt > policy.retries;
      if (decision === RetryDecision.stop || spent) throw error;
      if (decision === RetryDecision.retryOnce) {
        if (retriedOnce) throw error;
        retriedOnce = true;
      }
      const delayMs = backoffDelayMs(policy, attempt);
      policy.onRetry?.({ error, retry: attempt, delayMs });
      await sleep(delayMs);
    }
  }
}
