import { vendorHttpMetrics } from '@automation-engine/http-client';
import { Counter, type Registry } from 'prom-client';

export const BRUIN_API_USAGE = 'bruin_api_usage';

type UsageLabels = 'method' | 'endpoint_' | 'response_status';

/**
 * The original's `bruin_api_usage{method, endpoint_, response_status}` (spec operations.md §6.2),
 * derived at scrape time from the http-client's `vendor_http_requests_total{vendor="bruin"}`: one
 * count per attempt, counted in one place. Ids in the path are already `{id}` there.
 */
export function registerBruinApiUsage(registry: Registry): Counter<UsageLabels> {
  const existing = registry.getSingleMetric(BRUIN_API_USAGE);
  if (existing instanceof Counter) return existing;
  const source = vendorHttpMetrics(registry).requests;
  return new Counter<UsageLabels>({
    name: BRUIN_API_USAGE,
    help: 'Calls to the Bruin API by method, endpoint (ids as {id}) and response status, one per attempt',
    labelNames: ['method', 'endpoint_', 'response_status'],
    registers: [registry],
    async collect() {
      const { values } = await source.get();
      this.reset();
      for (const { labels, value } of values) {
        if (labels.vendor !== 'bruin') continue;
        this.inc(
          {
            method: String(labels.method),
            endpoint_: String(labels.endpoint),
            response_status: String(labels.status),
          },
          value,
        );
      }
    },
  });
}
