import type { FleetEdge, RunningLab } from '@automation-engine/simulators';

/** An activated edge of the fleet with at least two links, and what Bruin knows about it. */
export function anyEdge(lab: RunningLab, index = 0): FleetEdge {
  const edges = lab.fleet.edges.filter((edge) => edge.activated && edge.links.length >= 2);
  const edge = edges[index];
  if (edge === undefined) throw new Error(`the fleet has no activated edge #${String(index)}`);
  return edge;
}

/** Another activated edge of the same client at the same site, if the fleet has one. */
export function siteNeighbour(lab: RunningLab, edge: FleetEdge): FleetEdge | undefined {
  return lab.fleet.edges.find(
    (other) => other.activated && other.serial !== edge.serial && other.siteId === edge.siteId,
  );
}
