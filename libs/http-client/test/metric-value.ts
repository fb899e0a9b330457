import type { Registry } from 'prom-client';

/** The value of one series of a counter or gauge, or undefined if it was never touched. */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return undefined;
  const { values } = await metric.get();
  return values.find((v) => Object.entries(labels).every(([k, value]) => v.labels[k] === value))
    ?.value;
}

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
