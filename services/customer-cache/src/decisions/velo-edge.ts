import type { CachedEdgeIdentifier } from '@automation-engine/contracts/customer-cache';

/** An edge as the VeloCloud phase of a refresh knows it. */
export interface VeloEdge {
  edge: CachedEdgeIdentifier;
  edge_name: string | null;
  serial_number: string;
  ha_serial_number: string | null;
  last_contact: string | null;
}

/** `host#enterprise#edge`: how an edge is found again across the phases of a refresh. */
export function edgeKey(edge: { host: string; enterprise_id: number; edge_id: number }): string {
  return `${edge.host}#${String(edge.enterprise_id)}#${String(edge.edge_id)}`;
}
