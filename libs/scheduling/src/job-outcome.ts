/** How a run ended. `skipped` means it never started: the previous run was still busy. */
export const JobOutcome = {
  succeeded: 'succeeded',
  failed: 'failed',
  skipped: 'skipped',
} as const;

export type JobOutcome = (typeof JobOutcome)[keyof typeof JobOutcome];

/** The outcomes of a run that actually happened, the `outcome` label of `scheduled_job_runs_total`. */
export type FinishedOutcome = Exclude<JobOutcome, 'skipped'>;
