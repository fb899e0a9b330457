import type { Fleet, FleetEdge, FleetLink } from '@automation-engine/simulators';

const MONITORED_STATUSES = ['Active – Gold Monitoring', 'Active – Platinum Monitoring'];

/** Labels the monitors treat as BYOB or business grade (their production defaults). */
const BYOB_WORDS = [
  'byob',
  'customer owned',
  'client owned',
  'customer provided',
  'client provided',
];
const BUSINESS_GRADE_WORDS = ['DIA', 'MPLS'];

export function isByobLink(link: FleetLink): boolean {
  const label = link.displayName.toLowerCase();
  return BYOB_WORDS.some((word) => label.includes(word));
}

export function isBusinessGradeLink(link: FleetLink): boolean {
  return BUSINESS_GRADE_WORDS.some((word) => link.displayName.includes(word));
}

/** A link that is neither BYOB, DiGi nor business grade: the plain case of every rule. */
export function isPlainLink(link: FleetLink): boolean {
  return !isByobLink(link) && !link.digi && !isBusinessGradeLink(link);
}

/**
 * Hands out distinct edges of one host for flows that run side by side on one engine: each edge
 * is cached and monitored (active, activated, CONNECTED at start, no HA partner), and no two
 * flows get the same one. Picks are deterministic for a given fleet.
 */
export class EdgePicker {
  readonly #fleet: Fleet;
  readonly #host: string;
  readonly #taken = new Set<string>();

  constructor(fleet: Fleet, host: string) {
    this.#fleet = fleet;
    this.#host = host;
  }

  candidates(): FleetEdge[] {
    return this.#fleet.edges.filter(
      (edge) =>
        edge.host === this.#host &&
        edge.activated &&
        edge.initialState === 'CONNECTED' &&
        edge.ha === null &&
        MONITORED_STATUSES.includes(edge.managementStatus) &&
        edge.links.length > 0 &&
        !this.#taken.has(edge.serial),
    );
  }

  /** The first free edge matching `accepts`; throws with `what` when the fleet has none. */
  pick(what: string, accepts: (edge: FleetEdge) => boolean): FleetEdge {
    const edge = this.candidates().find(accepts);
    if (edge === undefined) throw new Error(`the lab fleet has no free edge with ${what}`);
    this.#taken.add(edge.serial);
    return edge;
  }

  /** Two free edges of one site (for a site-wide ticket). */
  pickSiteMates(what: string, accepts: (edge: FleetEdge) => boolean): [FleetEdge, FleetEdge] {
    const free = this.candidates().filter(accepts);
    for (const first of free) {
      const mate = free.find((other) => other !== first && other.siteId === first.siteId);
      if (mate !== undefined) {
        this.#taken.add(first.serial);
        this.#taken.add(mate.serial);
        return [first, mate];
      }
    }
    throw new Error(`the lab fleet has no two free edges at one site with ${what}`);
  }

  /** Marks an edge as used by a flow that did not pick it through this picker. */
  take(serial: string): void {
    this.#taken.add(serial);
  }
}
