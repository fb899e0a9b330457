import type { z } from 'zod';
import { envInt, envUrl } from '@automation-engine/config';

/** task-dispatcher's own variables (the base ones are in the root README). */
export const serviceEnv = {
  /** Redis of the deferred forwards (the monitors' `REDIS_TASK_DISPATCHER_URL`); default `REDIS_URL`. */
  REDIS_TASK_DISPATCHER_URL: envUrl({ protocols: ['redis', 'rediss'] }).optional(),
  /** Seconds between two dispatches of the due tasks (the original's `DISPATCHING_JOB_INTERVAL`). */
  DISPATCH_INTERVAL_SECONDS: envInt({ min: 1 }).default(60),
  /**
   * Seconds after its due date a failing task is still retried (the original's `TASK_TTL`); past
   * it the task is dropped and its `…error` event published.
   */
  DISPATCH_TTL_SECONDS: envInt({ min: 0 }).default(21_600),
  /** Tasks dispatched at once (the original: one after the other). */
  DISPATCH_CONCURRENCY: envInt({ min: 1, max: 64 }).default(5),
};

export type TaskDispatcherEnv = {
  [K in keyof typeof serviceEnv]: z.output<(typeof serviceEnv)[K]>;
};
