import { describe, expect, it } from 'vitest';
import {
  clearsTask,
  dispatchOutcome,
  resultOf,
  type DispatchOutcome,
} from '../../src/decisions/dispatch-outcome.js';

const NOW = new Date('2026-01-10T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;
const TTL = 21_600;

describe('dispatchOutcome', () => {
  it.each([
    { name: 'dispatches on a 200', status: 200, age: 0, outcome: 'dispatched' },
    { name: 'dispatches on any 2xx (204)', status: 204, age: 0, outcome: 'dispatched' },
    {
      name: 'dispatches on a 2xx even past the TTL',
      status: 200,
      age: TTL * 2,
      outcome: 'dispatched',
    },
    { name: 'retries a 500 within the TTL', status: 500, age: 60, outcome: 'retrying' },
    {
      name: 'retries a bus failure (503) within the TTL',
      status: 503,
      age: 60,
      outcome: 'retrying',
    },
    {
      name: 'retries a reply without status within the TTL',
      status: null,
      age: 60,
      outcome: 'retrying',
    },
    {
      name: 'treats Bruin 400 "already in that queue" as a failure (retried), as the original',
      status: 400,
      age: 60,
      outcome: 'retrying',
    },
    {
      name: 'retries a 404 (no such queue) within the TTL',
      status: 404,
      age: TTL - 1,
      outcome: 'retrying',
    },
    { name: 'expires a failure exactly TTL old', status: 500, age: TTL, outcome: 'expired' },
    { name: 'expires a failure older than the TTL', status: 400, age: TTL + 1, outcome: 'expired' },
    {
      name: 'expires a 3xx past the TTL (not a success)',
      status: 302,
      age: TTL + 1,
      outcome: 'expired',
    },
  ] as const)('$name', ({ status, age, outcome }) => {
    expect(dispatchOutcome({ status, dueAt: nowSeconds - age, now: NOW, ttlSeconds: TTL })).toBe(
      outcome,
    );
  });

  it('counts the age from the due date, with sub-second precision', () => {
    expect(
      dispatchOutcome({ status: 500, dueAt: nowSeconds - 9.5, now: NOW, ttlSeconds: 10 }),
    ).toBe('retrying');
    expect(
      dispatchOutcome({ status: 500, dueAt: nowSeconds - 10.5, now: NOW, ttlSeconds: 10 }),
    ).toBe('expired');
  });

  it('expires every failure at once with a TTL of 0', () => {
    expect(dispatchOutcome({ status: 500, dueAt: nowSeconds, now: NOW, ttlSeconds: 0 })).toBe(
      'expired',
    );
  });
});

describe('what an outcome does', () => {
  it.each([
    ['dispatched', true, 'success'],
    ['retrying', false, null],
    ['expired', true, 'error'],
    ['invalid', true, null],
  ] as [DispatchOutcome, boolean, string | null][])(
    '%s: clears=%s, publishes %s',
    (outcome, clears, result) => {
      expect(clearsTask(outcome)).toBe(clears);
      expect(resultOf(outcome)).toBe(result);
    },
  );
});
