export { InvalidScheduleError, JobStoppedError } from './errors.js';
export { jobMetrics, type JobMetrics } from './job-metrics.js';
export { JobOutcome, type FinishedOutcome } from './job-outcome.js';
export { parseSchedule, type JobSchedule, type ParsedSchedule } from './parse-schedule.js';
export {
  DEFAULT_STOP_TIMEOUT_MS,
  scheduleJob,
  type JobContext,
  type JobRun,
  type JobRunSummary,
  type ScheduledJob,
  type ScheduleJobOptions,
} from './schedule-job.js';
