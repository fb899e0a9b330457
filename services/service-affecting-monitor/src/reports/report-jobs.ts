import type { Registry } from 'prom-client';
import { counter } from '@automation-engine/observability';
import { scheduleJob, type ScheduledJob } from '@automation-engine/scheduling';
import type { AffectingDeps } from '../model.js';
import { LocalFolderStore, S3Store, type ObjectStore } from '../storage/object-store.js';
import { runBandwidthReport, runReoccurringReport, type ReportDeps } from './report-runs.js';
import type { ReportSettings } from './reports-env.js';

/** The jobs need the service's metrics registry (job metrics, signet counters). */
export interface ReportJobDeps extends AffectingDeps {
  registry: Registry;
  /** Where the bandwidth CSVs go; default built from `settings.storage`. */
  store?: ObjectStore;
}

export interface ReportJobs {
  /** The reoccurring trouble job; undefined when the host has no recipients. */
  reoccurring: ScheduledJob | undefined;
  bandwidth: ScheduledJob;
  stop(): Promise<void>;
}

export function objectStoreOf(settings: ReportSettings): ObjectStore {
  const { storage } = settings;
  return storage.kind === 's3'
    ? new S3Store({ bucket: storage.bucket, region: storage.region, endpoint: storage.endpoint })
    : new LocalFolderStore(storage.dir);
}

/**
 * Schedules the two reports (cron in `settings.timezone`, optionally once at start). The
 * reoccurring trouble report runs only for a host that has recipients (spec §3.1).
 */
export function startReportJobs(deps: ReportJobDeps, settings: ReportSettings): ReportJobs {
  const { registry, logger } = deps;
  const reportDeps: ReportDeps = {
    ...deps,
    store: deps.store ?? objectStoreOf(settings),
    signet: {
      ok: counter(registry, {
        name: 'reports_signet_execution_OK_total',
        help: 'Daily bandwidth reports e-mailed',
      }),
      ko: counter(registry, {
        name: 'reports_signet_execution_KO_total',
        help: 'Daily bandwidth reports that failed',
      }),
    },
  };
  const reoccurring =
    settings.reoccurring.recipients[deps.settings.host] === undefined
      ? undefined
      : scheduleJob({
          name: 'reoccurring-trouble-report',
          schedule: settings.reoccurring.cron,
          timezone: settings.timezone,
          runAtStart: settings.reoccurring.execOnStart,
          logger,
          registry,
          run: () => runReoccurringReport(reportDeps, settings),
        });
  if (reoccurring === undefined) {
    logger.info(
      { host: deps.settings.host },
      'reoccurring trouble report not scheduled: no recipients',
    );
  }
  const bandwidth = scheduleJob({
    name: 'daily-bandwidth-report',
    schedule: settings.bandwidth.cron,
    timezone: settings.timezone,
    runAtStart: settings.bandwidth.execOnStart,
    logger,
    registry,
    run: () => runBandwidthReport(reportDeps, settings),
  });
  return {
    reoccurring,
    bandwidth,
    async stop() {
      await Promise.all([reoccurring?.stop(), bandwidth.stop()]);
    },
  };
}
