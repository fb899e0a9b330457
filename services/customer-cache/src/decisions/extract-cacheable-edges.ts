import type { LinkWithEdgeInfo } from '@automation-engine/contracts/velocloud';
import { edgeKey, type VeloEdge } from './velo-edge.js';

export interface BlacklistedEdge {
  host: string;
  enterprise_id: number;
  edge_id: number;
}

export type EdgeSkipReason = 'null-state' | 'never-activated' | 'blacklisted';

export interface CacheableEdges {
  edges: VeloEdge[];
  /** Link rows dropped, by reason (an edge with three links counts three). */
  skipped: Record<EdgeSkipReason, number>;
}

/**
 * The edges worth caching among link rows of every host (spec §10.3, VeloCloud phase 2): one per
 * serial (its first row wins), without a null or `NEVER_ACTIVATED` state, and not blacklisted.
 */
export function extractCacheableEdges(
  rows: readonly LinkWithEdgeInfo[],
  blacklist: readonly BlacklistedEdge[],
): CacheableEdges {
  const banned = new Set(blacklist.map(edgeKey));
  const bySerial = new Map<string, VeloEdge>();
  const skipped: Record<EdgeSkipReason, number> = {
    'null-state': 0,
    'never-activated': 0,
    blacklisted: 0,
  };
  for (const row of rows) {
    if (row.edgeState === null) {
      skipped['null-state'] += 1;
      continue;
    }
    if (row.edgeState === 'NEVER_ACTIVATED') {
      skipped['never-activated'] += 1;
      continue;
    }
    const identity = { host: row.host, enterprise_id: row.enterpriseId, edge_id: row.edgeId };
    if (banned.has(edgeKey(identity))) {
      skipped.blacklisted += 1;
      continue;
    }
    if (bySerial.has(row.edgeSerialNumber)) continue;
    bySerial.set(row.edgeSerialNumber, {
      edge: { ...identity, enterprise_name: row.enterpriseName },
      edge_name: row.edgeName,
      serial_number: row.edgeSerialNumber,
      ha_serial_number: row.edgeHASerialNumber,
      last_contact: row.edgeLastContact,
    });
  }
  return { edges: [...bySerial.values()], skipped };
}
