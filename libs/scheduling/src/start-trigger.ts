import cron, { type Logger as CronLogger } from 'node-cron';
import type { Logger } from 'pino';
import type { ParsedSchedule } from './parse-schedule.js';

export interface Trigger {
  /** No tick fires after this returns. */
  stop(): void;
}

/** node-cron's own messages, routed to the job's logger instead of the console. */
function cronLogger(logger: Logger): CronLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string | Error, err?: Error): void => {
      if (message instanceof Error)
        logger[level]({ source: 'node-cron', err: message }, 'node-cron');
      else logger[level]({ source: 'node-cron', err }, message);
    };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
  };
}

/**
 * Calls `onTick` on the schedule. It only signals the time: overlap, errors and metrics are the
 * job's business, so `onTick` must return quickly and never throw.
 */
export function startTrigger(options: {
  schedule: ParsedSchedule;
  logger: Logger;
  onTick: () => void;
}): Trigger {
  const { schedule, logger, onTick } = options;
  if (schedule.kind === 'interval') {
    const timer = setInterval(onTick, schedule.everyMs);
    return {
      stop: () => {
        clearInterval(timer);
      },
    };
  }

  const task = cron.schedule(schedule.expression, onTick, {
    ...(schedule.timezone === undefined ? {} : { timezone: schedule.timezone }),
    logger: cronLogger(logger),
  });
  // A listener also silences node-cron's own sentence-style warning.
  task.on('execution:missed', (context) => {
    logger.warn({ scheduledAt: context.date.toISOString() }, 'job tick missed');
  });
  return {
    stop: () => {
      void task.destroy();
    },
  };
}
