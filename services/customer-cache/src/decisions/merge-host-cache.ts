import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { edgeKey } from './velo-edge.js';

export type HostCacheDecision =
  | { kind: 'keep-stored'; reason: 'nothing-new' }
  | {
      kind: 'store';
      /** What is saved: stored and new merged, minus the edges found invalid. */
      entries: CustomerCacheEntry[];
      /** Stored and new merged, before removing invalid edges (the snapshot mail's "new"). */
      crossed: CustomerCacheEntry[];
      removedInvalid: number;
    };

/**
 * The new cache of one host (spec §10.3, merge): nothing new → keep what is stored (and alert);
 * else merge by `serial_number`, new entries winning and stored-only ones kept, then drop the
 * edges this refresh found invalid.
 */
export function mergeHostCache(spec: {
  stored: readonly CustomerCacheEntry[];
  fresh: readonly CustomerCacheEntry[];
  /** Edge keys (`edgeKey`) found invalid in this refresh. */
  invalid: ReadonlySet<string>;
}): HostCacheDecision {
  if (spec.fresh.length === 0) return { kind: 'keep-stored', reason: 'nothing-new' };
  const bySerial = new Map<string, CustomerCacheEntry>();
  for (const entry of spec.stored) bySerial.set(entry.serial_number, entry);
  for (const entry of spec.fresh) bySerial.set(entry.serial_number, entry);
  const crossed = [...bySerial.values()];
  const entries = crossed.filter((entry) => !spec.invalid.has(edgeKey(entry.edge)));
  return { kind: 'store', entries, crossed, removedInvalid: crossed.length - entries.length };
}
