import type { z } from 'zod';
import { taskMetrics, wireMonitorBase } from '@automation-engine/monitoring';
import type { ScheduledJob } from '@automation-engine/scheduling';
import type { ServiceKit, serviceEnvSchema } from '@automation-engine/service-kit';
import { settingsOf, type serviceEnv } from './config.js';
import { startMonitoringJob, type MonitoringJob } from './cycle/monitoring-job.js';
import { subscribeForwardSuccess } from './forwards/forward-success.js';
import { OUTAGE_METRIC_LABELS, SERVICE_NAME, type OutageDeps } from './model.js';
import { startTriageJob } from './triage/triage-job.js';

export { SERVICE_NAME };

type KitConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

export interface OutageMonitorApp {
  deps: OutageDeps;
  /** The monitoring instance's job (absent on the triage instance). */
  monitoring?: MonitoringJob;
  /** The triage instance's job (absent on a monitoring instance). */
  triage?: ScheduledJob;
}

/**
 * Wires SOM onto the kit. A monitoring instance (one per VCO host) runs the monitoring cycle with
 * its quarantine re-checks and counts the forwards the task-dispatcher did; the triage instance
 * (`ENABLE_TRIAGE_MONITORING=1`) runs only the triage job. Slack texts go bare (no prefix).
 */
export function wireOutageMonitor(kit: ServiceKit<KitConfig>): OutageMonitorApp {
  const { config, logger, registry, bus } = kit;
  const settings = settingsOf(config);
  const base = wireMonitorBase(kit);
  const deps: OutageDeps = {
    bridges: base.bridges,
    notifier: base.notifier,
    decisions: base.decisions,
    forwards: base.forwards,
    metrics: taskMetrics(registry, OUTAGE_METRIC_LABELS),
    logger,
    now: () => new Date(),
    settings,
  };

  if (config.ENABLE_TRIAGE_MONITORING) {
    const triage = startTriageJob(deps, config.TRIAGE__MONITORING_JOB_INTERVAL);
    kit.onShutdown(() => triage.stop());
    return { deps, triage };
  }

  const served = subscribeForwardSuccess({ bus, metrics: deps.metrics, settings, logger });
  const monitoring = startMonitoringJob({
    deps,
    hosts: [settings.host],
    intervalSeconds: config.MONITORING__MONITORING_JOB_INTERVAL,
    logger,
    registry,
  });
  kit.onShutdown(async () => {
    await monitoring.stop();
    await served.stop();
  });
  return { deps, monitoring };
}
