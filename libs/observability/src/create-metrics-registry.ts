import { collectDefaultMetrics as collectNodeMetrics, Registry } from 'prom-client';

export interface MetricsRegistryOptions {
  service: string;
  environment: string;
  /** Process and Node.js runtime metrics (CPU, memory, event loop lag, GC). Defaults to true. */
  collectDefaultMetrics?: boolean;
}

/** A registry of its own (never prom-client's global one) whose every series carries `service` and `environment`. */
export function createMetricsRegistry(options: MetricsRegistryOptions): Registry {
  const { service, environment, collectDefaultMetrics = true } = options;
  const registry = new Registry();
  registry.setDefaultLabels({ service, environment });
  if (collectDefaultMetrics) collectNodeMetrics({ register: registry });
  return registry;
}
