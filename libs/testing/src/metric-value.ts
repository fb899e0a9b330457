import type { Registry } from 'prom-client';

/**
 * The sum of a counter's or gauge's series whose labels include `labels`, or undefined when the
 * metric or every matching series is missing.
 */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return undefined;
  const { values } = await metric.get();
  const matching = values.filter((value) =>
    Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
  );
  if (matching.length === 0) return undefined;
  return matching.reduce((sum, value) => sum + value.value, 0);
}
