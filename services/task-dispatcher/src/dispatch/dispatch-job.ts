import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import { dispatchDueTasks, type DispatchDeps } from './dispatch-due-tasks.js';

export const DISPATCH_JOB = 'task-dispatcher';

/** The dispatch run every `everySeconds`, at start too, never two at once. */
export function startDispatchJob(spec: {
  deps: DispatchDeps;
  everySeconds: number;
  logger: Logger;
  registry: Registry;
}): ScheduledJob {
  return scheduleJob({
    name: DISPATCH_JOB,
    schedule: { everySeconds: spec.everySeconds },
    runAtStart: true,
    logger: spec.logger,
    registry: spec.registry,
    run: async ({ logger, signal }) => {
      await dispatchDueTasks(spec.deps, { logger, signal });
    },
  });
}
