import type { FleetEdge } from '../fleet/fleet-types.js';
import type { LabContext } from '../lab-context.js';

/** What the routes of one VCO host work with. */
export interface VcoDeps {
  ctx: LabContext;
  host: string;
  /** The edges of this host. */
  edges: readonly FleetEdge[];
}
