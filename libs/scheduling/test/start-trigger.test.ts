// White-box: the schedule → tick adapter, including node-cron behaviour the job never provokes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTrigger } from '../src/start-trigger.js';
import { LEVEL, captureLogger } from '@automation-engine/testing';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-01-01T00:00:00.500Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('startTrigger - cron', () => {
  it('warns with fields when the clock jumps over a tick', async () => {
    const { logger, lines: readLines } = captureLogger();
    const onTick = vi.fn();
    const trigger = startTrigger({
      schedule: { kind: 'cron', expression: '* * * * * *', timezone: 'UTC' },
      logger,
      onTick,
    });
    vi.setSystemTime(new Date('2024-01-01T00:00:05.500Z'));
    await vi.advanceTimersByTimeAsync(1_000);
    trigger.stop();

    const missed = readLines().filter((l) => l.msg === 'job tick missed');
    expect(missed.length).toBeGreaterThan(0);
    expect(missed[0]).toMatchObject({ level: LEVEL.warn, scheduledAt: '2024-01-01T00:00:01.000Z' });
    expect(readLines().some((l) => String(l.msg).startsWith('missed execution'))).toBe(false);
  });

  it("routes node-cron's own error reports to the logger", async () => {
    const { logger, lines: readLines } = captureLogger();
    const trigger = startTrigger({
      schedule: { kind: 'cron', expression: '* * * * * *' },
      logger,
      onTick: () => {
        throw new Error('tick broke');
      },
    });
    await vi.advanceTimersByTimeAsync(1_000);
    trigger.stop();
    expect(readLines().find((l) => l.level === LEVEL.error)).toMatchObject({
      source: 'node-cron',
      err: { message: 'tick broke' },
    });
  });
});
