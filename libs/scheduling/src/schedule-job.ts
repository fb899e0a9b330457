import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { JobStoppedError } from './errors.js';
import { jobMetrics } from './job-metrics.js';
import type { FinishedOutcome, JobOutcome } from './job-outcome.js';
import { parseSchedule, type JobSchedule } from './parse-schedule.js';
import { startTrigger } from './start-trigger.js';

export const DEFAULT_STOP_TIMEOUT_MS = 30_000;

export interface JobContext {
  /** Aborted (reason: `JobStoppedError`) when the job is stopped; pass it to I/O that accepts one. */
  readonly signal: AbortSignal;
  /** The job's logger with `job` and `runId` bound. */
  readonly logger: Logger;
  readonly runId: string;
}

export type JobRun = (context: JobContext) => Promise<void> | void;

export interface ScheduleJobOptions {
  /** Used as the `job` label and log field: keep it short and stable, e.g. `outage-monitor`. */
  name: string;
  schedule: JobSchedule;
  run: JobRun;
  logger: Logger;
  registry: Registry;
  /** Run once right away, without waiting for the first tick. */
  runAtStart?: boolean;
  /** IANA zone for cron expressions (node-cron uses the process zone when absent). */
  timezone?: string;
  /** How long `stop()` waits for the run in flight. Default 30 s. */
  stopTimeoutMs?: number;
}

export interface JobRunSummary {
  readonly runId: string;
  readonly outcome: FinishedOutcome;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly durationMs: number;
}

export interface ScheduledJob {
  readonly name: string;
  /** True while a run is in progress. */
  readonly running: boolean;
  /** The last run that finished, if any. */
  readonly lastRun: JobRunSummary | undefined;
  /** Runs now unless a run is busy (then `'skipped'`) or the job is stopped (also `'skipped'`). */
  runNow(): Promise<JobOutcome>;
  /** Stops ticking, aborts the run in flight and waits for it (at most `stopTimeoutMs`). */
  stop(): Promise<void>;
}

type Trigger = 'schedule' | 'start' | 'manual';

interface InFlight {
  readonly runId: string;
  readonly startedAt: Date;
  readonly startedAtMs: number;
  readonly controller: AbortController;
  done?: Promise<JobOutcome>;
}

/** Resolves true if `promise` settles within `ms`, false otherwise. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `run` on a schedule, never two at once: a tick that finds the previous run busy is skipped,
 * logged and counted. A run that throws is logged and counted; the schedule goes on.
 */
export function scheduleJob(options: ScheduleJobOptions): ScheduledJob {
  const { name, run, registry } = options;
  const stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  const schedule = parseSchedule({
    job: name,
    schedule: options.schedule,
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
  });
  const logger = options.logger.child({ job: name });
  const metrics = jobMetrics(registry);
  const labels = { job: name };
  metrics.running.set(labels, 0);
  metrics.skipped.inc(labels, 0);
  for (const outcome of ['succeeded', 'failed'] as const)
    metrics.runs.inc({ ...labels, outcome }, 0);

  let current: InFlight | undefined;
  let lastRun: JobRunSummary | undefined;
  let stopping: Promise<void> | undefined;

  const finish = (flight: InFlight, outcome: FinishedOutcome): FinishedOutcome => {
    const durationMs = performance.now() - flight.startedAtMs;
    const finishedAt = new Date();
    metrics.duration.observe(labels, durationMs / 1000);
    metrics.runs.inc({ ...labels, outcome });
    metrics.running.set(labels, 0);
    if (outcome === 'succeeded') metrics.lastSuccess.set(labels, finishedAt.getTime() / 1000);
    lastRun = { runId: flight.runId, outcome, startedAt: flight.startedAt, finishedAt, durationMs };
    current = undefined;
    return outcome;
  };

  const execute = (trigger: Trigger): Promise<JobOutcome> => {
    if (stopping) {
      logger.debug({ trigger }, 'job run not started: job stopped');
      return Promise.resolve('skipped');
    }
    if (current) {
      logger.warn(
        {
          trigger,
          runningRunId: current.runId,
          runningForMs: Math.round(performance.now() - current.startedAtMs),
        },
        'job run skipped: previous run still busy',
      );
      metrics.skipped.inc(labels);
      return Promise.resolve('skipped');
    }

    const flight: InFlight = {
      runId: randomUUID(),
      startedAt: new Date(),
      startedAtMs: performance.now(),
      controller: new AbortController(),
    };
    current = flight;
    metrics.running.set(labels, 1);
    const runLogger = logger.child({ runId: flight.runId });
    runLogger.debug({ trigger }, 'job run started');
    const { signal } = flight.controller;

    // Deferred by a microtask so `current` is set before `run` can look at the job.
    flight.done = Promise.resolve()
      .then(() => run({ signal, logger: runLogger, runId: flight.runId }))
      .then(
        () => {
          const durationMs = Math.round(performance.now() - flight.startedAtMs);
          runLogger.info({ durationMs }, 'job run succeeded');
          return finish(flight, 'succeeded');
        },
        (err: unknown) => {
          const durationMs = Math.round(performance.now() - flight.startedAtMs);
          runLogger.error({ err, durationMs, aborted: signal.aborted }, 'job run failed');
          return finish(flight, 'failed');
        },
      );
    return flight.done;
  };

  const trigger = startTrigger({
    schedule,
    logger,
    onTick: () => {
      void execute('schedule');
    },
  });
  logger.info(
    schedule.kind === 'cron'
      ? { cron: schedule.expression, timezone: schedule.timezone }
      : { everySeconds: schedule.everyMs / 1000 },
    'job scheduled',
  );

  const stopJob = async (): Promise<void> => {
    trigger.stop();
    const flight = current;
    if (!flight?.done) {
      logger.info('job stopped');
      return;
    }
    flight.controller.abort(new JobStoppedError(name));
    if (await settlesWithin(flight.done, stopTimeoutMs)) {
      logger.info('job stopped');
    } else {
      logger.warn(
        { runningRunId: flight.runId, stopTimeoutMs },
        'job stopped with a run still busy',
      );
    }
  };

  if (options.runAtStart === true) void execute('start');

  return {
    name,
    get running() {
      return current !== undefined;
    },
    get lastRun() {
      return lastRun;
    },
    runNow: () => execute('manual'),
    stop: () => (stopping ??= stopJob()),
  };
}
