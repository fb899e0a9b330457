import { Counter, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { DecisionLog } from '@automation-engine/monitoring';
import { captureLogger, LEVEL, metricValue } from '@automation-engine/testing';

describe('DecisionLog', () => {
  it('writes one line per decision with the key fields as text and as fields', () => {
    const { logger, lines } = captureLogger();
    const log = new DecisionLog({ logger, mode: 'live' });
    log.record({
      action: 'create',
      serial: 'VC123',
      ticketId: 4503,
      outageType: 'Hard Down (no HA)',
      reason: 'edge offline past the grace period',
      host: 'mettel.velocloud.net',
    });
    expect(lines()).toEqual([
      expect.objectContaining({
        level: LEVEL.info,
        msg: 'decision create done serial=VC123 ticket=4503 outage_type="Hard Down (no HA)" reason="edge offline past the grace period"',
        decision: {
          action: 'create',
          outcome: 'done',
          serial: 'VC123',
          ticket_id: 4503,
          outage_type: 'Hard Down (no HA)',
          trouble: null,
          reason: 'edge offline past the grace period',
          mode: 'live',
          host: 'mettel.velocloud.net',
        },
      }),
    ]);
  });

  it('logs failures as warnings and leaves out absent fields from the text', () => {
    const { logger, lines } = captureLogger();
    const log = new DecisionLog({ logger, mode: 'live' });
    log.record({
      action: 'note',
      outcome: 'failed',
      trouble: 'Latency',
      serial: null,
      ticketId: null,
      reason: 'Bruin answered 500',
    });
    const [line] = lines();
    expect(line?.level).toBe(LEVEL.warn);
    expect(line?.msg).toBe('decision note failed trouble="Latency" reason="Bruin answered 500"');
    expect(line?.['decision']).toMatchObject({ serial: null, ticket_id: null, trouble: 'Latency' });
  });

  it.each([
    ['live', true, 'would-have'],
    ['would-have', false, 'would-have'],
    ['dry-run', false, 'dry-run'],
  ] as const)('in %s mode: writes=%s, held outcome %s', (mode, writes, held) => {
    const { logger, lines } = captureLogger();
    const log = new DecisionLog({ logger, mode });
    expect(log.mode).toBe(mode);
    expect(log.writes).toBe(writes);
    expect(log.heldOutcome).toBe(held);
    log.held({ action: 'forward', serial: 'VC1', reason: 'HNOC forward due' });
    expect(lines()[0]?.msg).toBe(`decision forward ${held} serial=VC1 reason="HNOC forward due"`);
    expect(lines()[0]?.['decision']).toMatchObject({ outcome: held, mode });
  });

  it('logs routine decisions (a healthy edge without a ticket) at debug level', () => {
    const { logger, lines } = captureLogger();
    const log = new DecisionLog({ logger, mode: 'live' });
    log.record({
      action: 'skip',
      outcome: 'skipped',
      serial: 'VC9',
      reason: 'no open ticket',
      routine: true,
    });
    expect(lines()[0]?.level).toBe(LEVEL.debug);
    expect(lines()[0]?.['decision']).not.toHaveProperty('routine');
  });

  it('counts every decision by action and outcome when given a counter', async () => {
    const registry = new Registry();
    const counter = new Counter({
      name: 'monitor_decisions_total',
      help: 'decisions',
      labelNames: ['action', 'outcome'] as const,
      registers: [registry],
    });
    const log = new DecisionLog({ logger: captureLogger().logger, mode: 'dry-run', counter });
    log.record({ action: 'create', reason: 'r' });
    log.held({ action: 'create', reason: 'r' });
    log.held({ action: 'create', reason: 'r' });
    expect(
      await metricValue(registry, 'monitor_decisions_total', { action: 'create', outcome: 'done' }),
    ).toBe(1);
    expect(
      await metricValue(registry, 'monitor_decisions_total', {
        action: 'create',
        outcome: 'dry-run',
      }),
    ).toBe(2);
  });
});
