import { gracePeriodSeconds, siteLocalTime } from '@automation-engine/monitoring';
import { describe, expect, it } from 'vitest';
import { decideAutoresolve } from '../../src/autoresolve/autoresolve-decision.js';

const nowMs = Date.parse('2026-11-22T15:00:00Z');
const minutes = (count: number): number => count * 60_000;

/** An IPA-created task of a healthy edge that nothing stops from being auto-resolved. */
const resolvable: {
  hasByob: boolean;
  taskInIpaQueue: boolean;
  anyEthernetLine: boolean;
  taskAssigned: boolean;
  lastOutageAt: number | null;
  autoresolveCount: number;
  taskResolved: boolean;
} = {
  hasByob: false,
  taskInIpaQueue: false,
  anyEthernetLine: false,
  taskAssigned: false,
  lastOutageAt: nowMs - minutes(30),
  autoresolveCount: 0,
  taskResolved: false,
};

const decide = (facts: Partial<typeof resolvable>, writes = true) =>
  decideAutoresolve({
    facts: { ...resolvable, ...facts },
    nowMs,
    graceSeconds: 5400,
    maxAutoresolves: 3,
    writes,
  });

describe('auto-resolve decision table (§2.9)', () => {
  it('resolves a task whose outage was documented within the grace period', () => {
    expect(decide({})).toEqual({ kind: 'resolve', closeForByob: false, held: false });
  });

  it('bypasses the Ethernet, grace and limit rows for a BYOB task in the IPA queue, and closes the ticket', () => {
    expect(
      decide({
        hasByob: true,
        taskInIpaQueue: true,
        anyEthernetLine: true,
        taskAssigned: true,
        lastOutageAt: nowMs - minutes(10_000),
        autoresolveCount: 7,
      }),
    ).toEqual({ kind: 'resolve', closeForByob: true, held: false });
  });

  it('does not bypass for a BYOB task outside the IPA queue', () => {
    expect(decide({ hasByob: true, autoresolveCount: 3 })).toMatchObject({ kind: 'skip' });
  });

  it('does not bypass for a non-BYOB task in the IPA queue', () => {
    expect(decide({ taskInIpaQueue: true, autoresolveCount: 3 })).toMatchObject({ kind: 'skip' });
  });

  it('keeps an assigned task with an Ethernet/T1/MPLS line', () => {
    expect(decide({ anyEthernetLine: true, taskAssigned: true })).toEqual({
      kind: 'skip',
      reason: 'Ethernet/T1/MPLS line and the task is assigned',
    });
  });

  it('resolves an Ethernet line task nobody is assigned to', () => {
    expect(decide({ anyEthernetLine: true })).toMatchObject({ kind: 'resolve' });
  });

  it('keeps a task whose last outage is older than the grace period', () => {
    expect(decide({ lastOutageAt: nowMs - 5401_000 })).toEqual({
      kind: 'skip',
      reason: 'last outage older than the grace period (5400 s)',
    });
  });

  it('resolves at exactly the grace period', () => {
    expect(decide({ lastOutageAt: nowMs - 5400_000 })).toMatchObject({ kind: 'resolve' });
  });

  it('keeps a task when the outage start cannot be read', () => {
    expect(decide({ lastOutageAt: null })).toMatchObject({ kind: 'skip' });
  });

  it('keeps a task auto-resolved the maximum number of times (the 4th flap stays open)', () => {
    expect(decide({ autoresolveCount: 3 })).toEqual({
      kind: 'skip',
      reason: 'task already auto-resolved 3 times (max 3)',
    });
    expect(decide({ autoresolveCount: 2 })).toMatchObject({ kind: 'resolve' });
  });

  it('skips a task already resolved, even with the BYOB bypass', () => {
    expect(decide({ taskResolved: true })).toEqual({
      kind: 'skip',
      reason: 'task already resolved',
    });
    expect(decide({ taskResolved: true, hasByob: true, taskInIpaQueue: true })).toMatchObject({
      kind: 'skip',
    });
  });

  it('holds the resolution outside live mode', () => {
    expect(decide({}, false)).toEqual({ kind: 'resolve', closeForByob: false, held: true });
  });
});

describe('grace by site-local day and night (§1.6)', () => {
  const grace = { dayStartHour: 8, dayEndHour: 0, daySeconds: 5400, nightSeconds: 10800 };
  const graceAt = (utc: string, tzOffset: number) =>
    gracePeriodSeconds(siteLocalTime(new Date(utc), tzOffset), grace);

  it.each([
    ['2026-11-22T13:00:00Z', -5, 5400, '08:00 site time is day'],
    ['2026-11-22T12:59:00Z', -5, 10800, '07:59 site time is night'],
    ['2026-11-23T04:59:00Z', -5, 5400, '23:59 site time is day'],
    ['2026-11-23T05:00:00Z', -5, 10800, '00:00 site time is night'],
    ['2026-11-22T03:00:00Z', 5, 5400, 'east of UTC: 08:00 site time is day'],
  ])('%s at offset %d → %d s (%s)', (utc, offset, expected) => {
    expect(graceAt(utc, offset)).toBe(expected);
  });

  it('keeps a task after 2 h by day but resolves it after 2 h by night', () => {
    const lastOutageAt = nowMs - minutes(120);
    const at = (graceSeconds: number) =>
      decideAutoresolve({
        facts: { ...resolvable, lastOutageAt },
        nowMs,
        graceSeconds,
        maxAutoresolves: 3,
        writes: true,
      }).kind;
    expect(at(graceAt('2026-11-22T15:00:00Z', -5))).toBe('skip');
    expect(at(graceAt('2026-11-22T10:00:00Z', -5))).toBe('resolve');
  });

  it('does not wrap hours after midnight (start 10, end 2: 01:00 is night)', () => {
    const wrapped = { ...grace, dayStartHour: 10, dayEndHour: 2 };
    expect(gracePeriodSeconds(new Date('2026-11-22T01:00:00Z'), wrapped)).toBe(10800);
    expect(gracePeriodSeconds(new Date('2026-11-22T23:00:00Z'), wrapped)).toBe(5400);
  });
});
