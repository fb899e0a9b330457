import { counter, histogram } from '@automation-engine/observability';
import type { Counter, Histogram, Registry } from 'prom-client';

export interface VendorHttpMetrics {
  requests: Counter<'vendor' | 'method' | 'endpoint' | 'status'>;
  duration: Histogram<'vendor' | 'method' | 'endpoint'>;
}

const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The vendor call metrics on `registry`, shared by every vendor client on it. */
export function vendorHttpMetrics(registry: Registry): VendorHttpMetrics {
  return {
    requests: counter(registry, {
      name: 'vendor_http_requests_total',
      help: 'HTTP requests sent to a vendor API, one per attempt, by status (HTTP code, timeout or error)',
      labelNames: ['vendor', 'method', 'endpoint', 'status'],
    }),
    duration: histogram(registry, {
      name: 'vendor_http_request_duration_seconds',
      help: 'Time from sending a vendor API request to its answer or failure, per attempt',
      labelNames: ['vendor', 'method', 'endpoint'],
      buckets: DURATION_BUCKETS,
    }),
  };
}
