import type { Counter, Registry } from 'prom-client';
import { counter } from '@automation-engine/observability';

/** The four task counters every ticketing monitor exports (spec §1.8), with its label names. */
export interface TaskMetrics<L extends string> {
  created: Counter<L>;
  reopened: Counter<L>;
  forwarded: Counter<L | 'target_queue'>;
  autoresolved: Counter<L>;
}

/**
 * Registers `tasks_created_total`, `tasks_reopened_total`, `tasks_forwarded_total` (plus
 * `target_queue`) and `tasks_autoresolved_total` with the monitor's label names (static labels such
 * as `feature`, `system`, `topic`, `host` first, then the dynamic ones).
 */
export function taskMetrics<L extends string>(
  registry: Registry,
  labelNames: readonly L[],
): TaskMetrics<L> {
  return {
    created: counter(registry, {
      name: 'tasks_created_total',
      help: 'Tickets (tasks) created by the monitor',
      labelNames,
    }),
    reopened: counter(registry, {
      name: 'tasks_reopened_total',
      help: 'Resolved tasks reopened by the monitor',
      labelNames,
    }),
    forwarded: counter<L | 'target_queue'>(registry, {
      name: 'tasks_forwarded_total',
      help: 'Tasks forwarded to a work queue (counted when the forward succeeded)',
      labelNames: [...labelNames, 'target_queue'],
    }),
    autoresolved: counter(registry, {
      name: 'tasks_autoresolved_total',
      help: 'Tasks resolved by the monitor when service was back',
      labelNames,
    }),
  };
}
