import { describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import { parseLabTime } from '../../src/clock/parse-lab-time.js';

function fakeReal(start = 1_000_000) {
  let now = start;
  return { realNow: () => now, pass: (ms: number) => (now += ms) };
}

describe('LabClock', () => {
  it('follows real time at speed 1', () => {
    const real = fakeReal();
    const clock = new LabClock({ realNow: real.realNow, startAt: 5_000 });
    real.pass(1_000);
    expect(clock.now()).toBe(6_000);
  });

  it('runs an hour in a minute at speed 60', () => {
    const real = fakeReal();
    const clock = new LabClock({ realNow: real.realNow, startAt: 0, speed: 60 });
    real.pass(60_000);
    expect(clock.now()).toBe(3_600_000);
  });

  it('does not jump when the speed changes', () => {
    const real = fakeReal();
    const clock = new LabClock({ realNow: real.realNow, startAt: 0, speed: 10 });
    real.pass(1_000);
    clock.setSpeed(1);
    expect(clock.now()).toBe(10_000);
    real.pass(1_000);
    expect(clock.now()).toBe(11_000);
  });

  it('stands still at speed 0 and moves only when advanced or set', () => {
    const real = fakeReal();
    const clock = new LabClock({ realNow: real.realNow, startAt: 100, speed: 0 });
    real.pass(50_000);
    expect(clock.now()).toBe(100);
    clock.advance(900);
    expect(clock.now()).toBe(1_000);
    clock.set(Date.UTC(2024, 0, 1));
    expect(clock.date().toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(clock.snapshot()).toEqual({
      now: '2024-01-01T00:00:00.000Z',
      epochMs: Date.UTC(2024, 0, 1),
      speed: 0,
    });
  });

  it('starts at the real time by default and refuses bad input', () => {
    const real = fakeReal(42_000);
    expect(new LabClock({ realNow: real.realNow }).now()).toBe(42_000);
    expect(() => new LabClock({ speed: -1 })).toThrow(RangeError);
    expect(() => new LabClock().advance(Number.NaN)).toThrow(RangeError);
    expect(() => new LabClock().set(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(new LabClock().speed).toBe(1);
  });
});

describe('parseLabTime', () => {
  it('reads the date forms the engine sends', () => {
    const t = Date.UTC(2023, 3, 11, 13, 15, 27, 381);
    expect(parseLabTime('2023-04-11T13:15:27.381Z')).toBe(t);
    expect(parseLabTime('2023-04-11 13:15:27.381204+00:00')).toBe(t);
    expect(parseLabTime('2023-04-11T09:15:27.381-04:00')).toBe(t);
    expect(parseLabTime('2023-04-11T13:15:27.381')).toBe(t);
    expect(parseLabTime('2023-04-11T13:15:27Z')).toBe(t - 381);
    expect(parseLabTime('2023-04-11T13:15Z')).toBe(t - 27_381);
    expect(parseLabTime('2023-04-11T09:15:27.381-0400')).toBe(t);
    expect(parseLabTime(t)).toBe(t);
    expect(parseLabTime(String(t))).toBe(t);
    expect(parseLabTime('2023-04-11')).toBe(Date.UTC(2023, 3, 11));
  });

  it('answers null for anything else', () => {
    expect(parseLabTime('yesterday')).toBeNull();
    expect(parseLabTime(undefined)).toBeNull();
    expect(parseLabTime(Number.NaN)).toBeNull();
    expect(parseLabTime('2023-13-45T99:99:99Z')).toBeNull();
  });
});
