import type { VcoEdgeObject } from '@automation-engine/contracts/velocloud';
import { edgeKey } from './velo-edge.js';

export interface LogicalId {
  interface_name: string;
  logical_id: string | null;
}

/**
 * The links of each edge of an enterprise (`request.enterprises.edges`), by edge key: what
 * `logical_ids` starts from before Bruin adds each link's circuit.
 */
export function logicalIdsOf(
  enterprise: { host: string; enterprise_id: number },
  edges: readonly VcoEdgeObject[],
): Map<string, LogicalId[]> {
  const byEdge = new Map<string, LogicalId[]>();
  for (const edge of edges) {
    byEdge.set(
      edgeKey({ ...enterprise, edge_id: edge.id }),
      (edge.links ?? []).map((link) => ({
        interface_name: link.interface,
        logical_id: link.logicalId,
      })),
    );
  }
  return byEdge;
}
