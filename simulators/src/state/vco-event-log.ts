/** A VeloCloud event as the lab stores it (times in epoch ms). */
export interface VcoEventRecord {
  id: number;
  host: string;
  enterpriseId: number;
  edgeId: number | null;
  eventTime: number;
  event: string;
  category: string;
  severity: string;
  message: string;
  edgeName: string | null;
  enterpriseUsername: string | null;
  segmentName: string | null;
  detail: string | null;
}

export type NewVcoEvent = Omit<VcoEventRecord, 'id'>;

export interface VcoEventQuery {
  host: string;
  enterpriseId?: number;
  /** Inclusive bounds, epoch ms. */
  start: number;
  end: number;
  edgeIds?: readonly number[];
  events?: readonly string[];
  limit?: number | null;
}

const FIRST_EVENT_ID = 991_200_000;

/** The events recorded when states change through the control API, per host. */
export class VcoEventLog {
  readonly #byHost = new Map<string, VcoEventRecord[]>();
  #nextId = FIRST_EVENT_ID;

  record(event: NewVcoEvent): VcoEventRecord {
    const stored: VcoEventRecord = { id: this.#nextId, ...event };
    this.#nextId += 1;
    const list = this.#byHost.get(event.host) ?? [];
    let i = list.length;
    while (i > 0 && (list[i - 1]?.eventTime ?? 0) > stored.eventTime) i -= 1;
    list.splice(i, 0, stored);
    this.#byHost.set(event.host, list);
    return stored;
  }

  /** Matching events, newest first; `more` tells whether `limit` cut the list. */
  query(query: VcoEventQuery): { events: VcoEventRecord[]; more: boolean } {
    const edgeIds = query.edgeIds === undefined ? null : new Set(query.edgeIds);
    const types = query.events === undefined ? null : new Set(query.events);
    const matching: VcoEventRecord[] = [];
    const list = this.#byHost.get(query.host) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const e = list[i];
      if (e === undefined || e.eventTime < query.start || e.eventTime > query.end) continue;
      if (query.enterpriseId !== undefined && e.enterpriseId !== query.enterpriseId) continue;
      if (edgeIds !== null && (e.edgeId === null || !edgeIds.has(e.edgeId))) continue;
      if (types !== null && !types.has(e.event)) continue;
      matching.push(e);
    }
    const limit = query.limit ?? null;
    if (limit !== null && matching.length > limit) {
      return { events: matching.slice(0, limit), more: true };
    }
    return { events: matching, more: false };
  }

  /** Every event of a host (or of all hosts), oldest first. */
  list(host?: string): VcoEventRecord[] {
    if (host !== undefined) return [...(this.#byHost.get(host) ?? [])];
    return [...this.#byHost.values()].flat().sort((a, b) => a.eventTime - b.eventTime);
  }

  reset(): void {
    this.#byHost.clear();
    this.#nextId = FIRST_EVENT_ID;
  }
}
