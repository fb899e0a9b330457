import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { taskMetrics } from '@automation-engine/monitoring';
import { metricValue } from '@automation-engine/testing';

describe('taskMetrics', () => {
  it('registers the four task counters with the labels, forwarded with target_queue', async () => {
    const registry = new Registry();
    const metrics = taskMetrics(registry, ['feature', 'client'] as const);
    metrics.created.inc({ feature: 'Service Outage Monitor', client: 'RSI' });
    metrics.reopened.inc({ feature: 'Service Outage Monitor', client: 'Other' });
    metrics.forwarded.inc({
      feature: 'Service Outage Monitor',
      client: 'RSI',
      target_queue: 'HNOC Investigate',
    });
    metrics.autoresolved.inc({ feature: 'Service Outage Monitor', client: 'FIS' }, 2);
    expect(await metricValue(registry, 'tasks_created_total', { client: 'RSI' })).toBe(1);
    expect(await metricValue(registry, 'tasks_reopened_total', { client: 'Other' })).toBe(1);
    expect(
      await metricValue(registry, 'tasks_forwarded_total', { target_queue: 'HNOC Investigate' }),
    ).toBe(1);
    expect(await metricValue(registry, 'tasks_autoresolved_total', { client: 'FIS' })).toBe(2);
    const forwarded = registry.getSingleMetric('tasks_forwarded_total');
    expect(forwarded).toBeDefined();
    expect(() => {
      metrics.created.inc({ feature: 'x', client: 'y', target_queue: 'z' } as never);
    }).toThrow();
  });
});
