import type { Counter, Gauge, Registry } from 'prom-client';
import { counter, gauge } from '@automation-engine/observability';

export interface DispatcherMetrics {
  tasks: Counter<'service' | 'target_queue' | 'outcome'>;
  dueTasks: Gauge;
}

/** The dispatcher's metrics on the service registry (README has the table). */
export function dispatcherMetrics(registry: Registry): DispatcherMetrics {
  return {
    tasks: counter(registry, {
      name: 'task_dispatcher_tasks_total',
      help: 'Due tasks handled, by scheduling service, target queue and outcome (dispatched, retrying, expired, invalid)',
      labelNames: ['service', 'target_queue', 'outcome'],
    }),
    dueTasks: gauge(registry, {
      name: 'task_dispatcher_due_tasks',
      help: 'Tasks found due by the last dispatch run',
    }),
  };
}
