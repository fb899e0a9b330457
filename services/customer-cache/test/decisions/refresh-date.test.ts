import { describe, expect, it } from 'vitest';
import {
  formatRefreshDate,
  isRefreshDue,
  parseRefreshDate,
} from '../../src/decisions/refresh-date.js';

describe('next_refresh_date (spec §10.2: MM/DD/YYYY, HH:MM:SS UTC)', () => {
  it('is written in the original format, in UTC', () => {
    expect(formatRefreshDate(new Date('2023-04-09T03:05:07.999Z'))).toBe('04/09/2023, 03:05:07');
  });

  it('round-trips', () => {
    expect(parseRefreshDate('12/31/2023, 23:59:58')).toBe(Date.UTC(2023, 11, 31, 23, 59, 58));
  });

  it.each([
    ['missing', null, true],
    ['in the past', '04/11/2023, 13:00:00', true],
    ['in the future', '04/11/2023, 15:00:00', false],
    ['exactly now (due only once past)', '04/11/2023, 14:00:00', false],
    ['unreadable', '2023-04-11 15:00', true],
  ])('a refresh is due when the date is %s → %s', (_case, stored, due) => {
    expect(isRefreshDue(stored, new Date('2023-04-11T14:00:00Z'))).toBe(due);
  });
});
