import type { Bus, Served } from '@automation-engine/messaging';
import {
  TASK_DISPATCHER_QUEUE,
  ticketForwardEvent,
} from '@automation-engine/contracts/task-dispatcher';
import { forwardedLabels } from '../decisions/metric-labels.js';
import { SERVICE_NAME, type AffectingDeps } from '../model.js';

/**
 * Counts `tasks_forwarded` when the task-dispatcher reports a forward this service scheduled as
 * done (spec §1.7), with the labels the forward carried.
 */
export function countSuccessfulForwards(
  bus: Bus,
  deps: Pick<AffectingDeps, 'metrics' | 'logger' | 'settings'>,
): Served {
  return bus.subscribe(
    ticketForwardEvent(SERVICE_NAME, 'success'),
    (task) => {
      deps.logger.info(
        { ticketId: task.ticket_id, serial: task.serial_number, targetQueue: task.target_queue },
        `Successfully forwarded ticket ${String(task.ticket_id)} and serial ${String(task.serial_number)} to ${task.target_queue}`,
      );
      deps.metrics.forwarded.inc(
        forwardedLabels(task.metrics_labels, deps.settings, task.target_queue),
      );
    },
    { queue: TASK_DISPATCHER_QUEUE },
  );
}
