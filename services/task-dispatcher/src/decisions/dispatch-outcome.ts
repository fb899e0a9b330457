import { isSuccessStatus } from '@automation-engine/contracts';

/**
 * What became of a due task after one dispatch:
 * - `dispatched`: Bruin moved it (2xx) → cleared, `…success` published;
 * - `retrying`: it failed but is younger than the TTL → kept for the next run;
 * - `expired`: it failed and its TTL is over → cleared, `…error` published;
 * - `invalid`: its data is missing or cannot make a change-work request → cleared.
 */
export type DispatchOutcome = 'dispatched' | 'retrying' | 'expired' | 'invalid';

/**
 * The outcome of a change-work call answered `status` (null: no answer) for a task due at
 * `dueAt` (epoch seconds), at `now`. Any non-2xx is a failure — a Bruin 400 "already in that
 * queue" too, as in the original: the task is retried until its TTL, then reported as an error.
 * The age counts from the due date; a task exactly `ttlSeconds` old is expired.
 */
export function dispatchOutcome(spec: {
  status: number | null;
  dueAt: number;
  now: Date;
  ttlSeconds: number;
}): Exclude<DispatchOutcome, 'invalid'> {
  if (isSuccessStatus(spec.status)) return 'dispatched';
  const ageSeconds = spec.now.getTime() / 1000 - spec.dueAt;
  return ageSeconds < spec.ttlSeconds ? 'retrying' : 'expired';
}

/** Whether an outcome removes the task from the store. */
export function clearsTask(outcome: DispatchOutcome): boolean {
  return outcome !== 'retrying';
}

/** The result event an outcome publishes, if any. */
export function resultOf(outcome: DispatchOutcome): 'success' | 'error' | null {
  if (outcome === 'dispatched') return 'success';
  if (outcome === 'expired') return 'error';
  return null;
}
