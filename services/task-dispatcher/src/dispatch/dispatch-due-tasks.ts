import type { Logger } from 'pino';
import { bruinTicketChangeWork } from '@automation-engine/contracts/bruin';
import {
  ticketForwardEvent,
  type TicketForwardTask,
} from '@automation-engine/contracts/task-dispatcher';
import type { Bus } from '@automation-engine/messaging';
import {
  labelValue,
  type BridgeCaller,
  type DueTicketForward,
  type Notifier,
  type TicketForwardStore,
} from '@automation-engine/monitoring';
import { changeWorkRequest } from '../decisions/change-work-request.js';
import {
  clearsTask,
  dispatchOutcome,
  resultOf,
  type DispatchOutcome,
} from '../decisions/dispatch-outcome.js';
import type { DispatcherMetrics } from '../dispatcher-metrics.js';
import { forEachLimited } from './for-each-limited.js';

export interface DispatchDeps {
  store: TicketForwardStore;
  bridges: BridgeCaller;
  bus: Bus;
  notifier: Notifier;
  metrics: DispatcherMetrics;
  now: () => Date;
  settings: {
    /** Seconds after its due date a failing task is still retried. */
    ttlSeconds: number;
    /** Tasks dispatched at once. */
    concurrency: number;
  };
}

export interface DispatchSummary {
  due: number;
  outcomes: Record<DispatchOutcome, number>;
  /** Tasks whose handling raised (Redis or bus down); they stay for the next run. */
  failed: number;
}

/**
 * One dispatch run: every forward due now is sent to Bruin (`bruin.ticket.change.work`), at most
 * `concurrency` at once; each ends dispatched, retrying, expired or invalid (see
 * `decisions/dispatch-outcome.ts`). A task whose handling raises is logged and left for the next
 * run; the others go on.
 */
export async function dispatchDueTasks(
  deps: DispatchDeps,
  context: { logger: Logger; signal?: AbortSignal },
): Promise<DispatchSummary> {
  const { logger } = context;
  const due = await deps.store.due(deps.now());
  deps.metrics.dueTasks.set(due.length);
  const summary: DispatchSummary = {
    due: due.length,
    outcomes: { dispatched: 0, retrying: 0, expired: 0, invalid: 0 },
    failed: 0,
  };
  if (due.length === 0) {
    logger.info('no due tasks');
    return summary;
  }
  logger.info({ due: due.length }, `${String(due.length)} due task(s) found`);
  await forEachLimited({
    items: due,
    limit: deps.settings.concurrency,
    ...(context.signal === undefined ? {} : { signal: context.signal }),
    task: async (task) => {
      try {
        summary.outcomes[await dispatchTask(deps, task, logger)] += 1;
      } catch (error) {
        summary.failed += 1;
        logger.error(
          { err: error, key: task.key },
          `task ${task.key} could not be handled; left for the next run`,
        );
      }
    },
  });
  logger.info({ ...summary.outcomes, failed: summary.failed }, 'finished dispatching due tasks');
  return summary;
}

async function dispatchTask(
  deps: DispatchDeps,
  task: DueTicketForward,
  logger: Logger,
): Promise<DispatchOutcome> {
  const { key, data } = task;
  if (data === null) {
    // The original crashed on such a key at every run, forever; it can never be dispatched.
    await deps.store.clear(key);
    return finish(deps, logger, {
      key,
      data,
      outcome: 'invalid',
      reason: 'task data missing or unreadable',
    });
  }
  const built = changeWorkRequest(data);
  if (!built.ok) {
    await deps.store.clear(key);
    finish(deps, logger, { key, data, outcome: 'invalid', reason: built.reason });
    await publishResult(deps, { data, result: 'error', logger });
    return 'invalid';
  }
  const where = [
    `ticket ${String(data.ticket_id)}`,
    ...(built.request.service_number === undefined
      ? []
      : [`serial ${built.request.service_number}`]),
    ...(built.request.detail_id === undefined ? [] : [`detail ${String(built.request.detail_id)}`]),
  ].join(', ');
  const reply = await deps.bridges.call(bruinTicketChangeWork, built.request, {
    what: `changing work queue of ${where} to ${data.target_queue}`,
  });
  const outcome = dispatchOutcome({
    status: reply.status,
    dueAt: task.dueAt,
    now: deps.now(),
    ttlSeconds: deps.settings.ttlSeconds,
  });
  if (clearsTask(outcome)) await deps.store.clear(key);
  const reason =
    outcome === 'dispatched'
      ? `Bruin answered ${String(reply.status)}`
      : `Bruin answered ${String(reply.status)}; ${
          outcome === 'retrying'
            ? 'retrying on the next run'
            : `given up after ${String(deps.settings.ttlSeconds)} s`
        }`;
  finish(deps, logger, { key, data, outcome, reason, status: reply.status });
  if (outcome === 'dispatched') {
    await deps.notifier.slack(`Work queue of ${where} changed to ${data.target_queue}`);
  }
  const result = resultOf(outcome);
  if (result !== null) await publishResult(deps, { data, result, logger });
  return outcome;
}

async function publishResult(
  deps: DispatchDeps,
  spec: { data: TicketForwardTask; result: 'success' | 'error'; logger: Logger },
): Promise<void> {
  const { data, result, logger } = spec;
  const event = ticketForwardEvent(data.service, result);
  try {
    await deps.bus.publish(event, data);
    logger.debug({ subject: event.subject, ticket_id: data.ticket_id }, 'task result published');
  } catch (error) {
    // The task is done and cleared either way; only the monitor's count of it is lost.
    logger.error(
      { err: error, subject: event.subject, ticket_id: data.ticket_id },
      'task result not published',
    );
  }
}

/** Counts the outcome and writes the task's one log line. */
function finish(
  deps: DispatchDeps,
  logger: Logger,
  spec: {
    key: string;
    data: TicketForwardTask | null;
    outcome: DispatchOutcome;
    reason: string;
    status?: number | null;
  },
): DispatchOutcome {
  const { key, data, outcome, reason } = spec;
  deps.metrics.tasks.inc({
    service: labelValue(data?.service),
    target_queue: labelValue(data?.target_queue),
    outcome,
  });
  const fields = {
    key,
    ticket_id: data?.ticket_id ?? null,
    serial_number: data?.serial_number ?? null,
    target_queue: data?.target_queue ?? null,
    service: data?.service ?? null,
    outcome,
    ...(spec.status === undefined ? {} : { status: spec.status }),
    reason,
  };
  const message =
    `task ${key} ${outcome}: ticket=${String(fields.ticket_id)} ` +
    `serial=${String(fields.serial_number)} target_queue="${String(fields.target_queue)}" ` +
    `reason="${reason}"`;
  if (outcome === 'dispatched') logger.info(fields, message);
  else if (outcome === 'retrying') logger.warn(fields, message);
  else logger.error(fields, message);
  return outcome;
}
