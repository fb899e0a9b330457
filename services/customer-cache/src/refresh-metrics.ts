import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { counter, gauge, histogram } from '@automation-engine/observability';

export type EdgeOutcome = 'cached' | 'invalid' | 'skipped';
export type RefreshResult = 'refreshed' | 'not_due' | 'locked' | 'failed';

export interface RefreshMetrics {
  edges: Counter<'outcome'>;
  refreshes: Counter<'result'>;
  duration: Histogram;
  lastSuccess: Gauge;
  inProgress: Gauge;
  cachedEdges: Gauge<'host'>;
}

/** The refresh's metrics on the service registry (README of customer-cache has the table). */
export function refreshMetrics(registry: Registry): RefreshMetrics {
  const metrics: RefreshMetrics = {
    edges: counter(registry, {
      name: 'customer_cache_refresh_edges_total',
      help: 'Edges looked up in Bruin by refreshes, by outcome (cached, invalid, skipped)',
      labelNames: ['outcome'],
    }),
    refreshes: counter(registry, {
      name: 'customer_cache_refreshes_total',
      help: 'Refresh checks by result (refreshed, not_due, locked, failed)',
      labelNames: ['result'],
    }),
    duration: histogram(registry, {
      name: 'customer_cache_refresh_duration_seconds',
      help: 'Duration of a refresh that ran (not of a check that found it not due)',
      buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600],
    }),
    lastSuccess: gauge(registry, {
      name: 'customer_cache_last_successful_refresh_timestamp_seconds',
      help: 'Unix time when the last refresh was saved',
    }),
    inProgress: gauge(registry, {
      name: 'customer_cache_refresh_in_progress',
      help: '1 while a refresh runs',
    }),
    cachedEdges: gauge(registry, {
      name: 'customer_cache_edges',
      help: 'Entries in the saved cache of each host',
      labelNames: ['host'],
    }),
  };
  for (const outcome of ['cached', 'invalid', 'skipped'] as const)
    metrics.edges.inc({ outcome }, 0);
  for (const result of ['refreshed', 'not_due', 'locked', 'failed'] as const) {
    metrics.refreshes.inc({ result }, 0);
  }
  metrics.inProgress.set(0);
  return metrics;
}
