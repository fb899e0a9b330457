/** What the event subjects ask VeloCloud, whoever the events are of. */
export interface EventsQuery {
  enterpriseId: number;
  start: string | number;
  end: string | number;
  /** Event names to keep; null or absent = every event. */
  filter?: readonly string[] | null | undefined;
  limit?: number | null | undefined;
  edgeId?: number;
}

/**
 * The V3 body the original built: `filter.limit` always present (null = none), the event names
 * as one `event is` rule when a filter was given, `edgeId` only for one edge's events.
 */
export function eventsRequestBody(query: EventsQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { limit: query.limit ?? null };
  if (query.filter !== undefined && query.filter !== null) {
    filter['rules'] = [{ field: 'event', op: 'is', values: query.filter }];
  }
  return {
    enterpriseId: query.enterpriseId,
    interval: { start: query.start, end: query.end },
    filter,
    ...(query.edgeId === undefined ? {} : { edgeId: [query.edgeId] }),
  };
}
