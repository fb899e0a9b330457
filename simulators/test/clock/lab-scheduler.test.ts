import { describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import { LabScheduler } from '../../src/clock/lab-scheduler.js';

describe('LabScheduler', () => {
  it('runs tasks once lab time has reached them, in time order', () => {
    const clock = new LabClock({ speed: 0, startAt: 1000 });
    const scheduler = new LabScheduler({ clock });
    const ran: string[] = [];
    scheduler.at({ at: 3000, label: 'late', run: () => ran.push('late') });
    scheduler.at({ at: 2000, label: 'early', run: () => ran.push('early') });
    expect(scheduler.runDue()).toBe(0);
    clock.advance(1000);
    expect(scheduler.runDue()).toBe(1);
    expect(scheduler.pending()).toEqual([{ id: 1, at: 3000, label: 'late' }]);
    clock.set(10_000);
    scheduler.runDue();
    expect(ran).toEqual(['early', 'late']);
    expect(scheduler.runDue()).toBe(0);
  });

  it('cancels and resets pending tasks', () => {
    const clock = new LabClock({ speed: 0, startAt: 0 });
    const scheduler = new LabScheduler({ clock });
    const id = scheduler.at({ at: 5, label: 'a', run: () => undefined });
    scheduler.at({ at: 6, label: 'b', run: () => undefined });
    expect([scheduler.cancel(id), scheduler.cancel(id)]).toEqual([true, false]);
    scheduler.reset();
    expect(scheduler.pending()).toEqual([]);
  });

  it('keeps running the other tasks when one throws, and reports it', () => {
    const clock = new LabClock({ speed: 0, startAt: 0 });
    const failures: string[] = [];
    const scheduler = new LabScheduler({
      clock,
      onError: (_error, task) => failures.push(task.label),
    });
    const ran: string[] = [];
    scheduler.at({
      at: 0,
      label: 'broken',
      run: () => {
        throw new Error('boom');
      },
    });
    scheduler.at({ at: 0, label: 'fine', run: () => ran.push('fine') });
    expect(scheduler.runDue()).toBe(2);
    expect([failures, ran]).toEqual([['broken'], ['fine']]);
    const quiet = new LabScheduler({ clock });
    quiet.at({
      at: 0,
      label: 'broken',
      run: () => {
        throw new Error('boom');
      },
    });
    expect(quiet.runDue()).toBe(1);
  });
});
