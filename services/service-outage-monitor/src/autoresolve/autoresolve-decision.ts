import type { AutoresolveFacts } from './ticket-facts.js';

export type AutoresolveDecision =
  | { kind: 'skip'; reason: string }
  /** `held`: decided, but the write mode keeps it from Bruin. */
  | { kind: 'resolve'; closeForByob: boolean; held: boolean };

/**
 * The decision table of §2.9, rows in order. `graceSeconds` is the day or night grace of the
 * site-local time now.
 */
export function decideAutoresolve(input: {
  facts: Pick<
    AutoresolveFacts,
    | 'hasByob'
    | 'taskInIpaQueue'
    | 'anyEthernetLine'
    | 'taskAssigned'
    | 'lastOutageAt'
    | 'autoresolveCount'
    | 'taskResolved'
  >;
  nowMs: number;
  graceSeconds: number;
  maxAutoresolves: number;
  writes: boolean;
}): AutoresolveDecision {
  const { facts } = input;
  const byobInIpa = facts.hasByob === true && facts.taskInIpaQueue;
  if (!byobInIpa) {
    if (facts.anyEthernetLine && facts.taskAssigned) {
      return { kind: 'skip', reason: 'Ethernet/T1/MPLS line and the task is assigned' };
    }
    if (
      facts.lastOutageAt === null ||
      input.nowMs - facts.lastOutageAt > input.graceSeconds * 1000
    ) {
      return {
        kind: 'skip',
        reason: `last outage older than the grace period (${String(input.graceSeconds)} s)`,
      };
    }
    if (facts.autoresolveCount >= input.maxAutoresolves) {
      return {
        kind: 'skip',
        reason: `task already auto-resolved ${String(facts.autoresolveCount)} times (max ${String(input.maxAutoresolves)})`,
      };
    }
  }
  if (facts.taskResolved) return { kind: 'skip', reason: 'task already resolved' };
  return { kind: 'resolve', closeForByob: byobInIpa, held: !input.writes };
}
