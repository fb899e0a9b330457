import { describe, expect, it } from 'vitest';
import { counter, createMetricsRegistry, gauge, histogram } from '@automation-engine/observability';

describe('createMetricsRegistry', () => {
  it('labels every series with service and environment', async () => {
    const registry = createMetricsRegistry({
      service: 'fraud-monitor',
      environment: 'dev',
      collectDefaultMetrics: false,
    });
    counter(registry, { name: 'cycles_total', help: 'cycles run' }).inc();
    expect(await registry.metrics()).toContain(
      'cycles_total{service="fraud-monitor",environment="dev"} 1',
    );
  });

  it('collects Node and process metrics by default', async () => {
    const registry = createMetricsRegistry({ service: 's', environment: 'dev' });
    const text = await registry.metrics();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('gives each service a registry of its own', () => {
    const a = createMetricsRegistry({
      service: 'a',
      environment: 'dev',
      collectDefaultMetrics: false,
    });
    const b = createMetricsRegistry({
      service: 'b',
      environment: 'dev',
      collectDefaultMetrics: false,
    });
    gauge(a, { name: 'edges', help: 'edges' });
    expect(b.getSingleMetric('edges')).toBeUndefined();
  });

  it('hands back the metric already registered under a name', () => {
    const registry = createMetricsRegistry({
      service: 's',
      environment: 'dev',
      collectDefaultMetrics: false,
    });
    expect(counter(registry, { name: 'c', help: 'c' })).toBe(
      counter(registry, { name: 'c', help: 'c' }),
    );
    expect(gauge(registry, { name: 'g', help: 'g' })).toBe(
      gauge(registry, { name: 'g', help: 'g' }),
    );
    const h = histogram(registry, { name: 'h', help: 'h', buckets: [1] });
    expect(histogram(registry, { name: 'h', help: 'h' })).toBe(h);
  });
});
