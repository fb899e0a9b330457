import type { BruinClientInfo } from '@automation-engine/contracts/bruin';

export type ClientInfoVerdict =
  | { kind: 'found'; clientInfo: BruinClientInfo; duplicates: BruinClientInfo[] | null }
  | { kind: 'invalid'; reason: 'not-a-bruin-device' };

/**
 * What `bruin.customer.get.info` says about an edge serial (spec §10.3, Bruin phase 1): none →
 * the edge is *invalid* (dropped from the cache); several → the first is used and all are
 * reported as duplicates.
 */
export function judgeClientInfo(records: readonly BruinClientInfo[]): ClientInfoVerdict {
  const [first] = records;
  if (first === undefined) return { kind: 'invalid', reason: 'not-a-bruin-device' };
  return { kind: 'found', clientInfo: first, duplicates: records.length > 1 ? [...records] : null };
}
