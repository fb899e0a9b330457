import {
  ticketForwardEvent,
  type TicketForwardTask,
} from '@automation-engine/contracts/task-dispatcher';
import { TASK_DISPATCHER_QUEUE } from '@automation-engine/contracts/task-dispatcher';
import {
  booleanLabel,
  clientLabel,
  labelValue,
  linkTypesLabel,
} from '@automation-engine/monitoring';
import type { Bus, Served } from '@automation-engine/messaging';
import type { Logger } from 'pino';
import {
  SERVICE_NAME,
  type OutageMetricLabel,
  type OutageMetrics,
  type OutageSettings,
} from '../model.js';

/** The success event of this service's forwards. */
export const forwardSuccessEvent = ticketForwardEvent(SERVICE_NAME, 'success');

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function flag(value: unknown): string {
  return typeof value === 'boolean' ? booleanLabel(value) : labelValue(text(value));
}

/**
 * The `tasks_forwarded` labels of a forward the task-dispatcher performed, from the raw
 * `metrics_labels` stored when it was scheduled (the original's names and values).
 */
export function forwardedLabels(
  task: TicketForwardTask,
  settings: OutageSettings,
): Record<OutageMetricLabel | 'target_queue', string> {
  const raw = task.metrics_labels;
  const linkTypes = raw['link_types'];
  return {
    feature: 'Service Outage Monitor',
    system: 'VeloCloud',
    topic: 'VOO',
    host: labelValue(settings.host),
    client: clientLabel(text(raw['client']), settings),
    outage_type: labelValue(text(raw['outage_type'])),
    severity: labelValue(text(raw['severity'])),
    has_digi: flag(raw['has_digi']),
    has_byob: flag(raw['has_byob']),
    link_types: Array.isArray(linkTypes)
      ? linkTypesLabel(linkTypes.map((type) => text(type)))
      : linkTypes === null || linkTypes === undefined
        ? 'Unknown'
        : linkTypesLabel([text(linkTypes)]),
    target_queue: labelValue(text(raw['target_queue']) ?? task.target_queue),
  };
}

/**
 * Counts `tasks_forwarded` when the task-dispatcher reports one of this service's forwards done
 * (queue group `task_dispatcher`, so one replica counts it).
 */
export function subscribeForwardSuccess(spec: {
  bus: Bus;
  metrics: OutageMetrics;
  settings: OutageSettings;
  logger: Logger;
}): Served {
  return spec.bus.subscribe(
    forwardSuccessEvent,
    (task) => {
      spec.logger.info(
        { ticket_id: task.ticket_id, serial: task.serial_number, target_queue: task.target_queue },
        `Forwarded ticket ${String(task.ticket_id)} (serial ${String(task.serial_number)}) to ${task.target_queue}`,
      );
      spec.metrics.forwarded.inc(forwardedLabels(task, spec.settings));
    },
    { queue: TASK_DISPATCHER_QUEUE },
  );
}
