import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  InvalidScheduleError,
  JobStoppedError,
  scheduleJob,
  type JobContext,
  type ScheduledJob,
  type ScheduleJobOptions,
} from '@automation-engine/scheduling';
import { LEVEL, captureLogger, type LogLine } from '@automation-engine/testing';

/** A run that stays busy until the test lets it go. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return undefined;
  const { values } = await metric.get();
  const found = values.find((v) =>
    Object.entries(labels).every(([k, value]) => v.labels[k] === value),
  );
  return found?.value;
}

const jobs: ScheduledJob[] = [];
let registry: Registry;
let sink: ReturnType<typeof captureLogger>;

function start(options: Partial<ScheduleJobOptions> & Pick<ScheduleJobOptions, 'run'>) {
  const job = scheduleJob({
    name: 'test-job',
    schedule: { everySeconds: 10 },
    logger: sink.logger,
    registry,
    ...options,
  });
  jobs.push(job);
  return job;
}

const messages = (lines: LogLine[], level: number) =>
  lines.filter((l) => l.level === level).map((l) => l.msg);

beforeEach(() => {
  vi.useFakeTimers();
  registry = new Registry();
  sink = captureLogger();
});

afterEach(async () => {
  await Promise.all(jobs.splice(0).map((job) => job.stop()));
  vi.useRealTimers();
});

describe('scheduleJob - schedules', () => {
  it('runs every N seconds', async () => {
    const run = vi.fn();
    start({ run, schedule: { everySeconds: 5 } });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs on a cron expression with a seconds field', async () => {
    vi.setSystemTime(new Date('2024-01-01T00:00:00.500Z'));
    const run = vi.fn();
    start({ run, schedule: '*/2 * * * * *', timezone: 'UTC' });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('throws InvalidScheduleError for a malformed cron expression, before scheduling', () => {
    const run = vi.fn();
    expect(() => start({ run, schedule: '* * * *' })).toThrow(InvalidScheduleError);
    expect(registry.getSingleMetric('scheduled_job_running')).toBeUndefined();
  });

  it('runs once at start when runAtStart is set', async () => {
    const run = vi.fn();
    start({ run, runAtStart: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run before the first tick by default', async () => {
    const run = vi.fn();
    start({ run });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('scheduleJob - overlap', () => {
  it('skips a tick while the previous run is busy, and warns how long it has been going', async () => {
    const busy = gate();
    const run = vi.fn(() => busy.opened);
    start({ run, schedule: { everySeconds: 1 } });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(run).toHaveBeenCalledTimes(1);

    const warnings = sink.lines().filter((l) => l.level === LEVEL.warn);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({
      job: 'test-job',
      trigger: 'schedule',
      msg: 'job run skipped: previous run still busy',
    });
    expect(warnings.map((w) => w.runningForMs)).toEqual([1_000, 2_000]);
    expect(
      await metricValue(registry, 'scheduled_job_skipped_runs_total', { job: 'test-job' }),
    ).toBe(2);

    busy.open();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runNow returns skipped while a run is busy', async () => {
    const busy = gate();
    const job = start({ run: () => busy.opened });
    const first = job.runNow();
    expect(job.running).toBe(true);
    expect(await job.runNow()).toBe('skipped');
    busy.open();
    expect(await first).toBe('succeeded');
    expect(job.running).toBe(false);
  });
});

describe('scheduleJob - outcomes', () => {
  it('reports a run that throws as failed, logs the error and keeps the schedule going', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('bruin down')).mockResolvedValue(undefined);
    const job = start({ run, schedule: { everySeconds: 1 } });

    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.lastRun?.outcome).toBe('failed');
    const failure = sink.lines().find((l) => l.level === LEVEL.error);
    expect(failure).toMatchObject({
      job: 'test-job',
      msg: 'job run failed',
      err: { message: 'bruin down', type: 'Error' },
    });
    expect(failure?.runId).toBe(job.lastRun?.runId);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(job.lastRun?.outcome).toBe('succeeded');
  });

  it('reports a run that throws synchronously as failed', async () => {
    const job = start({
      run: () => {
        throw new Error('sync boom');
      },
    });
    expect(await job.runNow()).toBe('failed');
  });

  it('remembers the last run with its timing', async () => {
    vi.setSystemTime(new Date('2024-05-01T10:00:00Z'));
    const job = start({ run: () => new Promise((resolve) => setTimeout(resolve, 1_500)) });
    expect(job.lastRun).toBeUndefined();
    const outcome = job.runNow();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await outcome).toBe('succeeded');
    expect(job.lastRun).toMatchObject({
      outcome: 'succeeded',
      startedAt: new Date('2024-05-01T10:00:00Z'),
      finishedAt: new Date('2024-05-01T10:00:01.500Z'),
      durationMs: 1_500,
    });
  });

  it('gives the run a child logger carrying the job name and the run id', async () => {
    let context: JobContext | undefined;
    const job = start({
      run: (ctx) => {
        context = ctx;
        ctx.logger.info({ edges: 3 }, 'cycle done');
      },
    });
    await job.runNow();
    const line = sink.lines().find((l) => l.msg === 'cycle done');
    expect(line).toMatchObject({ job: 'test-job', runId: context?.runId, edges: 3 });
    expect(context?.signal.aborted).toBe(false);
  });
});

describe('scheduleJob - stop', () => {
  it('stops future ticks', async () => {
    const run = vi.fn();
    const job = start({ run, schedule: { everySeconds: 1 } });
    await vi.advanceTimersByTimeAsync(1_000);
    await job.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops a cron schedule', async () => {
    const run = vi.fn();
    const job = start({ run, schedule: '* * * * * *' });
    await job.stop();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(run).not.toHaveBeenCalled();
  });

  it('aborts the run signal with JobStoppedError and waits for the run to finish', async () => {
    let finished = false;
    const job = start({
      run: ({ signal }) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            setTimeout(() => {
              finished = true;
              resolve();
            }, 100);
          });
        }),
    });
    const outcome = job.runNow();
    await vi.advanceTimersByTimeAsync(0);
    const stopped = job.stop();
    await vi.advanceTimersByTimeAsync(100);
    await stopped;
    expect(finished).toBe(true);
    expect(await outcome).toBe('succeeded');
  });

  it('passes JobStoppedError as the abort reason', async () => {
    let reason: unknown;
    const job = start({
      run: ({ signal }) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            reason = signal.reason;
            resolve();
          });
        }),
    });
    void job.runNow();
    await vi.advanceTimersByTimeAsync(0);
    await job.stop();
    expect(reason).toBeInstanceOf(JobStoppedError);
  });

  it('gives up waiting after stopTimeoutMs and warns', async () => {
    const job = start({ run: () => new Promise<void>(() => undefined), stopTimeoutMs: 50 });
    void job.runNow();
    await vi.advanceTimersByTimeAsync(0);
    const stopped = job.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(messages(sink.lines(), LEVEL.warn)).toContain('job stopped with a run still busy');
  });

  it('is idempotent', async () => {
    const job = start({ run: vi.fn() });
    const first = job.stop();
    expect(job.stop()).toBe(first);
    await first;
  });

  it('refuses to run after stop', async () => {
    const run = vi.fn();
    const job = start({ run });
    await job.stop();
    expect(await job.runNow()).toBe('skipped');
    expect(run).not.toHaveBeenCalled();
  });

  it('logs a failed run when the job aborts it', async () => {
    const job = start({
      run: ({ signal }) =>
        new Promise<void>((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            reject(signal.reason as Error);
          });
        }),
    });
    const outcome = job.runNow();
    await vi.advanceTimersByTimeAsync(0);
    await job.stop();
    expect(await outcome).toBe('failed');
    expect(sink.lines().find((l) => l.level === LEVEL.error)).toMatchObject({ aborted: true });
  });
});

describe('scheduleJob - metrics', () => {
  it('counts runs by outcome and records duration and last success', async () => {
    vi.setSystemTime(new Date('2024-05-01T10:00:00Z'));
    const run = vi
      .fn<() => Promise<void>>()
      .mockImplementationOnce(() => new Promise((resolve) => setTimeout(resolve, 2_000)))
      .mockRejectedValueOnce(new Error('x'));
    const job = start({ run });

    const first = job.runNow();
    expect(await metricValue(registry, 'scheduled_job_running', { job: 'test-job' })).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await first;
    await job.runNow();

    const labels = { job: 'test-job' };
    expect(await metricValue(registry, 'scheduled_job_running', labels)).toBe(0);
    expect(
      await metricValue(registry, 'scheduled_job_runs_total', { ...labels, outcome: 'succeeded' }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'scheduled_job_runs_total', { ...labels, outcome: 'failed' }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'scheduled_job_last_success_timestamp_seconds', labels),
    ).toBe(Date.parse('2024-05-01T10:00:02Z') / 1000);
    const text = await registry.metrics();
    expect(text).toContain('scheduled_job_duration_seconds_count{job="test-job"} 2');
    expect(text).toContain('scheduled_job_duration_seconds_bucket{le="2.5",job="test-job"} 2');
  });

  it('lets two jobs share one registry', async () => {
    const a = start({ name: 'a', run: vi.fn() });
    const b = start({ name: 'b', run: vi.fn() });
    await a.runNow();
    await b.runNow();
    await b.runNow();
    const runs = (job: string) =>
      metricValue(registry, 'scheduled_job_runs_total', { job, outcome: 'succeeded' });
    expect(await runs('a')).toBe(1);
    expect(await runs('b')).toBe(2);
  });

  it('exposes zeroed series as soon as the job is scheduled', async () => {
    start({ run: vi.fn() });
    const labels = { job: 'test-job' };
    expect(await metricValue(registry, 'scheduled_job_running', labels)).toBe(0);
    expect(await metricValue(registry, 'scheduled_job_skipped_runs_total', labels)).toBe(0);
    expect(
      await metricValue(registry, 'scheduled_job_runs_total', { ...labels, outcome: 'failed' }),
    ).toBe(0);
  });
});
