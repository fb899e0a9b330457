import cron from 'node-cron';
import { InvalidScheduleError } from './errors.js';

/** A cron expression (5 fields, or 6 with seconds first) or a fixed interval. */
export type JobSchedule = string | { everySeconds: number };

export type ParsedSchedule =
  { kind: 'cron'; expression: string; timezone?: string } | { kind: 'interval'; everyMs: number };

/** setInterval clamps anything above a signed 32-bit millisecond count to 1 ms. */
const MAX_INTERVAL_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function timezoneProblem(timezone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Checks a schedule once, when the job is created, so a typo fails at startup, not at 3 a.m. */
export function parseSchedule(options: {
  job: string;
  schedule: JobSchedule;
  timezone?: string;
}): ParsedSchedule {
  const { job, schedule, timezone } = options;
  const fail = (reason: string): never => {
    throw new InvalidScheduleError({ job, schedule, reason });
  };

  if (typeof schedule === 'string') {
    const result = cron.validateDetailed(schedule);
    if (!result.valid) fail(result.errors.map((e) => e.message).join('; '));
    if (timezone !== undefined) {
      const problem = timezoneProblem(timezone);
      if (problem !== undefined) fail(`time zone "${timezone}": ${problem}`);
    }
    return timezone === undefined
      ? { kind: 'cron', expression: schedule }
      : { kind: 'cron', expression: schedule, timezone };
  }

  const seconds = (schedule as { everySeconds?: unknown } | null)?.everySeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    return fail('everySeconds must be a positive number');
  }
  if (seconds > MAX_INTERVAL_SECONDS) {
    return fail(`everySeconds must be at most ${MAX_INTERVAL_SECONDS}`);
  }
  return { kind: 'interval', everyMs: Math.round(seconds * 1000) };
}
