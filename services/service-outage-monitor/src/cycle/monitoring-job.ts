import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import type { OutageDeps } from '../model.js';
import type { CycleActions } from './cycle-actions.js';
import { runMonitoringCycle } from './monitoring-cycle.js';
import { QuarantineRechecks } from './quarantine-rechecks.js';

export interface MonitoringJob {
  job: ScheduledJob;
  rechecks: QuarantineRechecks;
  stop(): Promise<void>;
}

/**
 * The monitoring cycle every `intervalSeconds`, first run at start, never two at once; the
 * quarantine re-checks it schedules live as long as the job.
 */
export function startMonitoringJob(spec: {
  deps: OutageDeps;
  hosts: readonly string[];
  intervalSeconds: number;
  logger: Logger;
  registry: Registry;
  actions?: CycleActions;
}): MonitoringJob {
  let whitelist: ReadonlySet<string> = new Set();
  const rechecks = new QuarantineRechecks({
    deps: spec.deps,
    whitelist: () => whitelist,
    ...(spec.actions === undefined ? {} : { actions: spec.actions }),
  });
  const job = scheduleJob({
    name: 'service-outage-monitor',
    schedule: { everySeconds: spec.intervalSeconds },
    runAtStart: true,
    logger: spec.logger,
    registry: spec.registry,
    run: async () => {
      await runMonitoringCycle(spec.deps, {
        hosts: spec.hosts,
        rechecks,
        onWhitelist: (next) => {
          whitelist = next;
        },
        ...(spec.actions === undefined ? {} : { actions: spec.actions }),
      });
    },
  });
  return {
    job,
    rechecks,
    async stop() {
      await job.stop();
      await rechecks.stop();
    },
  };
}
