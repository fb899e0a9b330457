import { describe, expect, it } from 'vitest';
import { InvalidScheduleError, parseSchedule } from '@automation-engine/scheduling';

describe('parseSchedule', () => {
  it('accepts a five-field cron expression', () => {
    expect(parseSchedule({ job: 'j', schedule: '*/5 * * * *' })).toEqual({
      kind: 'cron',
      expression: '*/5 * * * *',
    });
  });

  it('accepts a cron expression with a seconds field and a time zone', () => {
    expect(parseSchedule({ job: 'j', schedule: '*/30 * * * * *', timezone: 'UTC' })).toEqual({
      kind: 'cron',
      expression: '*/30 * * * * *',
      timezone: 'UTC',
    });
  });

  it('turns everySeconds into milliseconds', () => {
    expect(parseSchedule({ job: 'j', schedule: { everySeconds: 2.5 } })).toEqual({
      kind: 'interval',
      everyMs: 2500,
    });
  });

  it('names the bad field of a malformed cron expression', () => {
    const parse = () => parseSchedule({ job: 'outage-monitor', schedule: '61 * * * *' });
    expect(parse).toThrow(InvalidScheduleError);
    expect(parse).toThrow(/job "outage-monitor".*"61 \* \* \* \*".*minute/);
  });

  it('rejects a cron expression with the wrong number of fields', () => {
    expect(() => parseSchedule({ job: 'j', schedule: 'every minute' })).toThrow(
      /expected 5 or 6 fields/,
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => parseSchedule({ job: 'j', schedule: '* * * * *', timezone: 'Mars/Base' })).toThrow(
      /time zone "Mars\/Base"/,
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects everySeconds %s', (seconds) => {
    expect(() => parseSchedule({ job: 'j', schedule: { everySeconds: seconds } })).toThrow(
      /everySeconds must be a positive number/,
    );
  });

  it('rejects an interval longer than a timer can hold', () => {
    expect(() => parseSchedule({ job: 'j', schedule: { everySeconds: 30 * 86_400 } })).toThrow(
      /at most/,
    );
  });

  it('keeps the job and the schedule on the error', () => {
    const error = (() => {
      try {
        parseSchedule({ job: 'j', schedule: { everySeconds: 0 } });
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toMatchObject({
      name: 'InvalidScheduleError',
      job: 'j',
      schedule: { everySeconds: 0 },
    });
  });
});
