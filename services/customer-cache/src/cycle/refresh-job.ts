import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import type { Notifier } from '@automation-engine/monitoring';
import { refreshCache, type RefreshDeps } from './refresh-cache.js';

/** From this many consecutive failed refreshes on, each failure is also sent to Slack. */
export const ALERT_AFTER_FAILURES = 10;

export interface RefreshJobOptions {
  deps: RefreshDeps;
  notifications: Notifier;
  logger: Logger;
  registry: Registry;
  checkEverySeconds: number;
  /** A failed refresh is tried again after a random wait in this range (the original: 120–300 s). */
  retry: { minSeconds: number; maxSeconds: number };
  /** For tests: a number in [0, 1). */
  random?: () => number;
}

export interface RefreshJob {
  job: ScheduledJob;
  /** Consecutive failed refreshes (no edge found, a host left without cache, or an error). */
  readonly consecutiveFailures: number;
  stop(): Promise<void>;
}

export class RefreshFailedError extends Error {
  override readonly name = 'RefreshFailedError';
}

/**
 * The refresh check on its schedule (every `checkEverySeconds`, at start too, never two at
 * once). A failed refresh is retried after a random wait, and from the 10th failure in a row
 * each one is reported to Slack, as in the original.
 */
export function startRefreshJob(options: RefreshJobOptions): RefreshJob {
  const { deps, notifications } = options;
  const random = options.random ?? Math.random;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  const failed = async (reason: string, logger: Logger): Promise<never> => {
    failures += 1;
    deps.metrics.refreshes.inc({ result: 'failed' });
    if (failures >= ALERT_AFTER_FAILURES) {
      await notifications.slack(
        'Too many consecutive failures happened while trying to claim the list of edges from Velocloud',
      );
    }
    const { minSeconds, maxSeconds } = options.retry;
    const delayMs = Math.round((minSeconds + random() * (maxSeconds - minSeconds)) * 1_000);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void job.runNow(), delayMs);
    retryTimer.unref();
    logger.warn(
      { consecutive_failures: failures, retry_in_ms: delayMs },
      `cache refresh failed: ${reason}`,
    );
    throw new RefreshFailedError(reason);
  };

  const job = scheduleJob({
    name: 'customer-cache-refresh',
    schedule: { everySeconds: options.checkEverySeconds },
    runAtStart: true,
    logger: options.logger,
    registry: options.registry,
    run: async ({ signal, logger }) => {
      let outcome;
      try {
        outcome = await refreshCache(deps, { logger, signal });
      } catch (error) {
        if (signal.aborted) throw error;
        logger.error({ err: error }, 'cache refresh raised');
        return failed((error as Error).message, logger);
      }
      switch (outcome.kind) {
        case 'not-due':
          deps.metrics.refreshes.inc({ result: 'not_due' });
          return;
        case 'locked':
          deps.metrics.refreshes.inc({ result: 'locked' });
          return;
        case 'no-edges':
          return failed("Couldn't find any edge to refresh the cache", logger);
        case 'incomplete':
          return failed(`no cache could be built for ${outcome.unbuilt.join(', ')}`, logger);
        case 'refreshed':
          failures = 0;
          clearTimeout(retryTimer);
          deps.metrics.refreshes.inc({ result: 'refreshed' });
          return;
      }
    },
  });

  return {
    job,
    get consecutiveFailures() {
      return failures;
    },
    async stop() {
      clearTimeout(retryTimer);
      await job.stop();
    },
  };
}
