import { describe, expect, it } from 'vitest';
import {
  gracePeriodSeconds,
  isDayTime,
  minutesUntilDayStart,
  siteLocalTime,
} from '@automation-engine/monitoring';

describe('isDayTime (spec §1.6)', () => {
  it.each([
    // Production 8/0: day 08–24, night 00–08.
    { hour: 8, start: 8, end: 0, day: true },
    { hour: 12, start: 8, end: 0, day: true },
    { hour: 23, start: 8, end: 0, day: true },
    { hour: 0, start: 8, end: 0, day: false },
    { hour: 7, start: 8, end: 0, day: false },
    // Start 10 / end 2: hours after midnight are not wrapped, 01:00 is night (pinned).
    { hour: 1, start: 10, end: 2, day: false },
    { hour: 0, start: 10, end: 2, day: false },
    { hour: 9, start: 10, end: 2, day: false },
    { hour: 10, start: 10, end: 2, day: true },
    { hour: 23, start: 10, end: 2, day: true },
    // Plain range: [start, end).
    { hour: 8, start: 8, end: 20, day: true },
    { hour: 19, start: 8, end: 20, day: true },
    { hour: 20, start: 8, end: 20, day: false },
    { hour: 7, start: 8, end: 20, day: false },
    // start == end counts as start ≥ end: end moves to the next day.
    { hour: 8, start: 8, end: 8, day: true },
    { hour: 7, start: 8, end: 8, day: false },
  ])('hour $hour with day $start–$end is day: $day', ({ hour, start, end, day }) => {
    expect(isDayTime(hour, start, end)).toBe(day);
  });
});

describe('gracePeriodSeconds', () => {
  const settings = { dayStartHour: 8, dayEndHour: 0, daySeconds: 5_400, nightSeconds: 10_800 };

  it('gives the day grace by day and the night grace by night, from the site-local hour', () => {
    expect(gracePeriodSeconds(new Date('2026-01-10T09:30:00Z'), settings)).toBe(5_400);
    expect(gracePeriodSeconds(new Date('2026-01-10T23:59:00Z'), settings)).toBe(5_400);
    expect(gracePeriodSeconds(new Date('2026-01-10T00:30:00Z'), settings)).toBe(10_800);
    expect(gracePeriodSeconds(new Date('2026-01-10T07:59:00Z'), settings)).toBe(10_800);
  });

  it('is night at 01:00 with day 10–2 (not wrapped)', () => {
    expect(
      gracePeriodSeconds(new Date('2026-01-10T01:00:00Z'), {
        ...settings,
        dayStartHour: 10,
        dayEndHour: 2,
      }),
    ).toBe(10_800);
  });
});

describe('siteLocalTime', () => {
  it('shifts now by the offset in hours (read with getUTCHours)', () => {
    const now = new Date('2026-01-10T03:00:00Z');
    expect(siteLocalTime(now, -5).toISOString()).toBe('2026-01-09T22:00:00.000Z');
    expect(siteLocalTime(now, 5.5).toISOString()).toBe('2026-01-10T08:30:00.000Z');
    expect(siteLocalTime(now, 0).getTime()).toBe(now.getTime());
  });
});

describe('minutesUntilDayStart', () => {
  it.each([
    ['2026-01-10T07:00:00Z', 60],
    ['2026-01-10T07:59:30Z', 1],
    ['2026-01-10T08:00:00Z', 24 * 60],
    ['2026-01-10T23:00:00Z', 9 * 60],
    ['2026-01-10T00:00:00Z', 8 * 60],
  ])('from %s to the next 08:00 is %i minutes', (local, minutes) => {
    expect(minutesUntilDayStart(new Date(local), 8)).toBe(minutes);
  });
});
