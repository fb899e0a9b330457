/** A schedule that cannot run: a malformed cron expression, an unknown time zone, a bad interval. */
export class InvalidScheduleError extends Error {
  override readonly name = 'InvalidScheduleError';
  readonly job: string;
  readonly schedule: unknown;

  constructor(options: { job: string; schedule: unknown; reason: string; cause?: unknown }) {
    super(
      `job "${options.job}": invalid schedule ${JSON.stringify(options.schedule)}: ${options.reason}`,
      { cause: options.cause },
    );
    this.job = options.job;
    this.schedule = options.schedule;
  }
}

/** The abort reason a run's signal carries when its job is stopped. */
export class JobStoppedError extends Error {
  override readonly name = 'JobStoppedError';
  readonly job: string;

  constructor(job: string) {
    super(`job "${job}" was stopped`);
    this.job = job;
  }
}
