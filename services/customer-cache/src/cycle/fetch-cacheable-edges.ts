import type { Logger } from 'pino';
import {
  extractCacheableEdges,
  type BlacklistedEdge,
  type EdgeSkipReason,
} from '../decisions/extract-cacheable-edges.js';
import type { VeloEdge } from '../decisions/velo-edge.js';
import type { VelocloudRepository } from '../repositories/velocloud-repository.js';

export interface CacheableEdges {
  edges: VeloEdge[];
  /** Hosts whose link status could not be had (skipped this time). */
  failedHosts: string[];
}

/**
 * VeloCloud phase 1–2 of a refresh (spec §10.3): the link status of each host, one host after the
 * other (a host's answer is several MB: only one is held at a time), and the cacheable edges in
 * it; an edge serial seen on an earlier host is not taken again. A failed host is skipped.
 */
export async function fetchCacheableEdges(spec: {
  velocloud: VelocloudRepository;
  hosts: readonly string[];
  blacklist: readonly BlacklistedEdge[];
  logger: Logger;
  signal?: AbortSignal;
}): Promise<CacheableEdges> {
  const failedHosts: string[] = [];
  const bySerial = new Map<string, VeloEdge>();
  const skipped: Record<EdgeSkipReason, number> = {
    'null-state': 0,
    'never-activated': 0,
    blacklisted: 0,
  };
  for (const host of spec.hosts) {
    spec.signal?.throwIfAborted();
    const reply = await spec.velocloud.linksWithEdgeInfo(host);
    if (!reply.ok) {
      failedHosts.push(host);
      continue;
    }
    const found = extractCacheableEdges(reply.body, spec.blacklist);
    for (const edge of found.edges) {
      if (!bySerial.has(edge.serial_number)) bySerial.set(edge.serial_number, edge);
    }
    for (const reason of Object.keys(skipped) as EdgeSkipReason[]) {
      skipped[reason] += found.skipped[reason];
    }
    spec.logger.info({ vco_host: host, edges: found.edges.length }, 'velocloud host edges read');
  }
  const edges = [...bySerial.values()];
  spec.logger.info(
    { edges: edges.length, skipped_rows: skipped, failed_hosts: failedHosts },
    'velocloud edges collected',
  );
  return { edges, failedHosts };
}
