import { counter, gauge, histogram } from '@automation-engine/observability';
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface JobMetrics {
  runs: Counter<'job' | 'outcome'>;
  skipped: Counter<'job'>;
  duration: Histogram<'job'>;
  running: Gauge<'job'>;
  lastSuccess: Gauge<'job'>;
}

/** Cycles range from a second (cache refresh) to many minutes (a full outage sweep of a host). */
const DURATION_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

/** The job metrics on `registry`; every job on one registry shares them, told apart by `job`. */
export function jobMetrics(registry: Registry): JobMetrics {
  return {
    runs: counter(registry, {
      name: 'scheduled_job_runs_total',
      help: 'Runs of a scheduled job that finished, by outcome (succeeded or failed)',
      labelNames: ['job', 'outcome'],
    }),
    skipped: counter(registry, {
      name: 'scheduled_job_skipped_runs_total',
      help: 'Runs of a scheduled job skipped because the previous run was still busy',
      labelNames: ['job'],
    }),
    duration: histogram(registry, {
      name: 'scheduled_job_duration_seconds',
      help: 'How long a scheduled job run took',
      labelNames: ['job'],
      buckets: DURATION_BUCKETS,
    }),
    running: gauge(registry, {
      name: 'scheduled_job_running',
      help: '1 while a run of the scheduled job is in progress, else 0',
      labelNames: ['job'],
    }),
    lastSuccess: gauge(registry, {
      name: 'scheduled_job_last_success_timestamp_seconds',
      help: 'Unix time at which the scheduled job last finished a run successfully',
      labelNames: ['job'],
    }),
  };
}
