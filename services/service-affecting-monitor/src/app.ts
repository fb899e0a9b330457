import type { z } from 'zod';
import type { ScheduledJob } from '@automation-engine/scheduling';
import { taskMetrics, wireMonitorBase } from '@automation-engine/monitoring';
import type { ServiceKit, serviceEnvSchema } from '@automation-engine/service-kit';
import { settingsOf, type serviceEnv } from './config.js';
import { startMonitoringJob } from './cycle/monitoring-job.js';
import { AFFECTING_METRIC_LABELS, SERVICE_NAME, type AffectingDeps } from './model.js';
import { startReportJobs } from './reports/report-jobs.js';
import { reportSettingsOf } from './reports/reports-env.js';
import { countSuccessfulForwards } from './tickets/forward-success.js';

type KitConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

export { SERVICE_NAME };

export interface AffectingMonitorApp {
  deps: AffectingDeps;
  monitoring: ScheduledJob;
}

/**
 * Wires SAM onto the kit: the monitor base (bridges, Slack, decisions, forwards), its task
 * metrics, the count of successful forwards, the monitoring job and the two report jobs.
 */
export function wireAffectingMonitor(kit: ServiceKit<KitConfig>): AffectingMonitorApp {
  const { config, logger, registry, bus } = kit;
  const base = wireMonitorBase(kit, { slackPrefix: `[${SERVICE_NAME}] ` });
  const deps: AffectingDeps = {
    bridges: base.bridges,
    notifier: base.notifier,
    decisions: base.decisions,
    forwards: base.forwards,
    metrics: taskMetrics(registry, AFFECTING_METRIC_LABELS),
    logger,
    now: () => new Date(),
    settings: settingsOf(config),
  };
  countSuccessfulForwards(bus, deps);
  const monitoring = startMonitoringJob({
    deps,
    intervalSeconds: config.MONITORING__MONITORING_JOB_INTERVAL,
    logger,
    registry,
  });
  const reports = startReportJobs({ ...deps, registry }, reportSettingsOf(config));
  kit.onShutdown(async () => {
    await monitoring.stop();
    await reports.stop();
  });
  return { deps, monitoring };
}
