import { Counter, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricValue } from '@automation-engine/testing';

describe('metricValue', () => {
  const registry = new Registry();
  const counter = new Counter({
    name: 'sent_total',
    help: 'messages sent',
    labelNames: ['subject', 'outcome'],
    registers: [registry],
  });
  counter.inc({ subject: 'a', outcome: 'ok' }, 2);
  counter.inc({ subject: 'a', outcome: 'failed' });
  counter.inc({ subject: 'b', outcome: 'ok' }, 4);

  it('sums the series whose labels include the ones asked for', async () => {
    expect(await metricValue(registry, 'sent_total', { subject: 'a' })).toBe(3);
    expect(await metricValue(registry, 'sent_total', { outcome: 'ok' })).toBe(6);
    expect(await metricValue(registry, 'sent_total')).toBe(7);
  });

  it('is undefined for a missing metric or when no series matches', async () => {
    expect(await metricValue(registry, 'absent_total')).toBeUndefined();
    expect(await metricValue(registry, 'sent_total', { subject: 'c' })).toBeUndefined();
  });
});
