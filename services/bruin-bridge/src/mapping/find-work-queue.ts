import type { BruinNextResultResponse } from '@automation-engine/vendor-apis';

/** Why a work queue could not be chosen, or the `resultTypeId` of the one named. */
export type WorkQueueChoice =
  | { kind: 'found'; resultTypeId: number }
  | { kind: 'already-there' }
  | { kind: 'no-queues' }
  | { kind: 'not-offered' };

/**
 * Picks the queue named `queueName` among a detail's next results (names compared trimmed, as
 * Bruin pads some with a space). Checked in the original's order: already in that queue, no
 * queues at all, no queue of that name.
 */
export function findWorkQueue(next: BruinNextResultResponse, queueName: string): WorkQueueChoice {
  if (next.currentTaskName?.trim() === queueName) return { kind: 'already-there' };
  if (next.nextResults.length === 0) return { kind: 'no-queues' };
  const queue = next.nextResults.find((result) => result.resultName.trim() === queueName);
  return queue === undefined
    ? { kind: 'not-offered' }
    : { kind: 'found', resultTypeId: queue.resultTypeId };
}
