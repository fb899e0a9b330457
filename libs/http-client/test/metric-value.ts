import type { Registry } from 'prom-client';

/** Every label set of `vendor_http_requests_total`, as `METHOD endpoint status` strings. */
export async function requestSeries(registry: Registry): Promise<string[]> {
  const metric = registry.getSingleMetric('vendor_http_requests_total');
  if (!metric) return [];
  const { values } = await metric.get();
  return values.map(
    (v) =>
      `${String(v.labels.method)} ${String(v.labels.endpoint)} ${String(v.labels.status)} x${v.value}`,
  );
}
