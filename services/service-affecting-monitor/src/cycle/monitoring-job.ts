import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import type { AffectingDeps } from '../model.js';
import { runMonitoringCycle } from './monitoring-cycle.js';

/**
 * The monitoring cycle every `intervalSeconds` (rounded down to whole minutes, as the original),
 * first run at start, never two at once.
 */
export function startMonitoringJob(spec: {
  deps: AffectingDeps;
  intervalSeconds: number;
  logger: Logger;
  registry: Registry;
}): ScheduledJob {
  const minutes = Math.max(1, Math.floor(spec.intervalSeconds / 60));
  return scheduleJob({
    name: 'service-affecting-monitor',
    schedule: { everySeconds: minutes * 60 },
    runAtStart: true,
    logger: spec.logger,
    registry: spec.registry,
    run: () => runMonitoringCycle(spec.deps),
  });
}
