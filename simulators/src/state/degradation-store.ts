import { LabError } from '../errors.js';

/** A link made worse for a while: the values replace the generated ones while it is active. */
export interface LinkDegradation {
  id: string;
  host: string;
  serial: string;
  edgeKey: string;
  linkId: number;
  interface: string;
  latencyMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
  /** Share of `bpsOfBestPath` used, in percent (over 100 = over-utilised). */
  bandwidthPct: number | null;
  /** Active from `from` (inclusive) to `until` (exclusive; null = until removed), lab time. */
  from: number;
  until: number | null;
}

export type NewLinkDegradation = Omit<LinkDegradation, 'id'>;

/** Degradations by link, so the metric generator finds a link's in O(1). */
export class DegradationStore {
  readonly #byLink = new Map<string, LinkDegradation[]>();
  readonly #byId = new Map<string, LinkDegradation>();
  #next = 1;

  add(input: NewLinkDegradation): LinkDegradation {
    const degradation: LinkDegradation = { id: `deg-${String(this.#next)}`, ...input };
    this.#next += 1;
    const key = linkKey(input.host, input.linkId);
    this.#byLink.set(key, [...(this.#byLink.get(key) ?? []), degradation]);
    this.#byId.set(degradation.id, degradation);
    return degradation;
  }

  list(): LinkDegradation[] {
    return [...this.#byId.values()];
  }

  remove(id: string): LinkDegradation {
    const degradation = this.#byId.get(id);
    if (degradation === undefined) {
      throw new LabError('DEGRADATION_NOT_FOUND', `no degradation ${id}`);
    }
    this.#byId.delete(id);
    const key = linkKey(degradation.host, degradation.linkId);
    const rest = (this.#byLink.get(key) ?? []).filter((d) => d.id !== id);
    if (rest.length === 0) this.#byLink.delete(key);
    else this.#byLink.set(key, rest);
    return degradation;
  }

  /** Degradations of the link active at some time within [start, end). */
  overlapping(args: {
    host: string;
    linkId: number;
    start: number;
    end: number;
  }): LinkDegradation[] {
    const list = this.#byLink.get(linkKey(args.host, args.linkId));
    if (list === undefined) return [];
    return list.filter((d) => d.from < args.end && (d.until === null || d.until > args.start));
  }

  reset(): void {
    this.#byLink.clear();
    this.#byId.clear();
    this.#next = 1;
  }
}

function linkKey(host: string, linkId: number): string {
  return `${host}#${String(linkId)}`;
}
