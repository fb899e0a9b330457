import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import {
  velocloudAlertRequestEventEnterprise,
  velocloudGetLinksMetricInfo,
  type LinkMetricInfo,
} from '@automation-engine/contracts/velocloud';
import { autoResolve } from '../autoresolve/auto-resolve.js';
import { fetchCustomerCache } from '../cache/fetch-customer-cache.js';
import { ticketContactsFor } from '../decisions/contacts.js';
import { checkLink, type CheckContext } from '../decisions/detect-trouble.js';
import { bandwidthChecked, linkKindOf } from '../decisions/link-checks.js';
import {
  edgesByEnterprise,
  groupEventsByLink,
  type EventsByLink,
} from '../decisions/link-events.js';
import { defaultContactsByClient, monitoredEdges } from '../decisions/monitored-edges.js';
import {
  lookupMinutesOf,
  TROUBLES,
  type AffectingDeps,
  type DefaultContact,
  type Trouble,
} from '../model.js';
import { attemptAsrForward } from '../tickets/asr-forward.js';
import { processTrouble } from '../tickets/process-trouble.js';
import { mapLimited } from './map-limited.js';

export type LinkKind = 'WIRED' | 'WIRELESS';
const MINUTE_MS = 60_000;

/** What one pass (wired or wireless) works on. */
interface PassState {
  deps: AffectingDeps;
  kind: LinkKind;
  edgesBySerial: ReadonlyMap<string, CustomerCacheEntry>;
  contactsByClient: ReadonlyMap<number, readonly DefaultContact[]>;
  /** The cycle's reads (see `CycleReads`). */
  reads: CycleReads;
}

/**
 * The reads of a cycle, in the order the checks need them: wired metrics of the short window, the
 * LINK_DEAD events, then the other windows (checks with the same window share one read). Asking
 * for one also starts the next, so a read overlaps the ticket flows of the check before it while
 * at most two large answers are in memory at once; the checks still run one by one.
 */
class CycleReads {
  readonly #order: string[] = [];
  readonly #starts = new Map<string, () => Promise<unknown>>();
  readonly #started = new Map<string, Promise<unknown>>();

  constructor(deps: AffectingDeps, edges: readonly CustomerCacheEntry[]) {
    const add = (key: string, start: () => Promise<unknown>) => {
      if (this.#starts.has(key)) return;
      this.#order.push(key);
      this.#starts.set(key, start);
    };
    const eventMinutes = deps.settings.wired.lookupMinutes.circuitInstability;
    for (const kind of ['WIRED', 'WIRELESS'] as const) {
      const lookup = (kind === 'WIRED' ? deps.settings.wired : deps.settings.wireless)
        .lookupMinutes;
      for (const trouble of TROUBLES) {
        if (kind === 'WIRELESS' && trouble === 'Circuit Instability') continue;
        const minutes = lookupMinutesOf(trouble, lookup);
        add(metricsKey(kind, minutes), () => safely(deps, linkMetrics(deps, minutes), []));
        if (this.#order.length === 1) {
          add('events', () =>
            safely<EventsByLink>(deps, linkDeadEvents(deps, edges, eventMinutes), new Map()),
          );
        }
      }
    }
  }

  metrics(kind: LinkKind, minutes: number): Promise<LinkMetricInfo[]> {
    return this.#get(metricsKey(kind, minutes)) as Promise<LinkMetricInfo[]>;
  }

  events(): Promise<EventsByLink> {
    return this.#get('events') as Promise<EventsByLink>;
  }

  #get(key: string): Promise<unknown> {
    const next = this.#order[this.#order.indexOf(key) + 1];
    const read = this.#start(key);
    if (next !== undefined) void this.#start(next);
    return read;
  }

  #start(key: string): Promise<unknown> {
    let read = this.#started.get(key);
    if (read === undefined) {
      read = this.#starts.get(key)?.() ?? Promise.resolve(undefined);
      this.#started.set(key, read);
    }
    return read;
  }
}

const metricsKey = (kind: LinkKind, minutes: number): string => `${kind}:${String(minutes)}`;

/** A read that failed unexpectedly counts as an empty answer (and never goes unhandled). */
function safely<T>(deps: AffectingDeps, read: Promise<T>, empty: T): Promise<T> {
  return read.catch((error: unknown) => {
    deps.logger.error({ err: error }, 'cycle read failed');
    return empty;
  });
}

/** `get.links.metric.info` of the host for the last `minutes`; a failure reads as no metrics. */
async function linkMetrics(deps: AffectingDeps, minutes: number): Promise<LinkMetricInfo[]> {
  const end = deps.now();
  const start = new Date(end.getTime() - minutes * MINUTE_MS);
  const result = await deps.bridges.call(
    velocloudGetLinksMetricInfo,
    { host: deps.settings.host, interval: { start: start.toISOString(), end: end.toISOString() } },
    { what: `retrieving links metrics of ${deps.settings.host}` },
  );
  return result.ok ? result.body : [];
}

/** LINK_DEAD events of the last `minutes`, per (host, enterprise) of `edges`, by serial and link. */
async function linkDeadEvents(
  deps: AffectingDeps,
  edges: readonly CustomerCacheEntry[],
  minutes: number,
): Promise<EventsByLink> {
  const end = deps.now();
  const start = new Date(end.getTime() - minutes * MINUTE_MS);
  const grouped: EventsByLink = new Map();
  const groups = [...edgesByEnterprise(edges).values()];
  // Enterprises are independent reads; the grouping is the same whatever their order.
  const answers = await mapLimited(groups, deps.settings.concurrency, (group) =>
    deps.bridges.call(
      velocloudAlertRequestEventEnterprise,
      {
        host: group.host,
        enterprise_id: group.enterpriseId,
        filter: ['LINK_DEAD'],
        start_date: start.toISOString(),
        end_date: end.toISOString(),
      },
      {
        what: `retrieving LINK_DEAD events of enterprise ${String(group.enterpriseId)} of ${group.host}`,
      },
    ),
  );
  answers.forEach((answer, index) => {
    const group = groups[index];
    if (answer.ok && group !== undefined) groupEventsByLink(answer.body, group.edges, grouped);
  });
  return grouped;
}

/** One check of one pass over every monitored link of that kind (spec §3.2 step 3). */
async function runCheck(state: PassState, trouble: Trouble): Promise<void> {
  const { deps, kind } = state;
  const context: Omit<CheckContext, 'bandwidthChecked'> =
    kind === 'WIRED' ? deps.settings.wired : deps.settings.wireless;
  const minutes = lookupMinutesOf(trouble, context.lookupMinutes);
  const rows = await state.reads.metrics(kind, minutes);
  const log = deps.logger.child({ trouble, link_kind: kind });
  if (rows.length === 0) {
    log.warn('no link metrics: check skipped');
    return;
  }
  const events =
    trouble === 'Circuit Instability'
      ? await state.reads.events()
      : new Map<string, Map<string, never[]>>();
  let troubled = 0;
  for (const metrics of rows) {
    const link = metrics.link;
    if (link.edgeState === null || link.edgeState === 'NEVER_ACTIVATED') continue;
    const cached = state.edgesBySerial.get(link.edgeSerialNumber);
    const clientId = cached?.bruin_client_info.client_id ?? null;
    if (cached === undefined || clientId === null) continue;
    const iface = link.interface ?? '';
    const linkKind: LinkKind = linkKindOf(cached, iface) === 'WIRELESS' ? 'WIRELESS' : 'WIRED';
    if (linkKind !== kind) continue;
    const check: CheckContext = {
      ...context,
      bandwidthChecked: bandwidthChecked(
        cached.edge.host,
        clientId,
        deps.settings.customersWithBandwidthDisabled,
      ),
    };
    const linkEvents = events.get(cached.serial_number)?.get(iface) ?? [];
    const outcome = checkLink(trouble, { metrics, events: linkEvents }, check);
    if (!outcome.trouble) continue;
    troubled += 1;
    const defaults = state.contactsByClient.get(clientId) ?? [];
    const troubledLink = {
      cached,
      clientId,
      metrics,
      iface,
      label: link.displayName,
      events: linkEvents,
      context: check,
      contacts: ticketContactsFor(
        cached,
        defaults,
        deps.settings.customersAlwaysUsingDefaultContacts,
      ),
    };
    // A link whose ticket flow fails must not stop the others.
    try {
      const ticketId = await processTrouble(deps, troubledLink, trouble);
      if (trouble === 'Circuit Instability') await attemptAsrForward(deps, troubledLink, ticketId);
    } catch (error) {
      log.error(
        { err: error, serial: cached.serial_number, interface: iface },
        'trouble processing failed for a link',
      );
    }
  }
  log.info({ links: rows.length, troubled }, `${trouble} check finished`);
}

/**
 * One monitoring cycle (spec §3.2): the customer cache, the wired pass (latency, packet loss,
 * jitter, bandwidth, circuit instability), the wireless pass (the same without circuit
 * instability), then auto-resolve; all one after the other, as the original.
 */
export async function runMonitoringCycle(deps: AffectingDeps): Promise<void> {
  const started = performance.now();
  const cache = await fetchCustomerCache(deps);
  if (cache === null) {
    deps.logger.error('customer cache unavailable: monitoring cycle skipped');
    return;
  }
  if (cache.length === 0) {
    deps.logger.warn('empty customer cache: monitoring cycle skipped');
    return;
  }
  const contactsByClient = defaultContactsByClient(
    cache,
    deps.settings.defaultContacts,
    deps.settings.host,
  );
  const edges = monitoredEdges(cache, contactsByClient);
  const edgesBySerial = new Map(edges.map((edge) => [edge.serial_number, edge]));
  const reads = new CycleReads(deps, edges);
  for (const kind of ['WIRED', 'WIRELESS'] as const) {
    const state: PassState = {
      deps,
      kind,
      edgesBySerial,
      contactsByClient,
      reads,
    };
    for (const trouble of TROUBLES) {
      if (kind === 'WIRELESS' && trouble === 'Circuit Instability') continue;
      await runCheck(state, trouble);
    }
  }
  await autoResolve(deps, edges);
  deps.logger.info(
    { edges: edges.length, durationMs: Math.round(performance.now() - started) },
    'monitoring cycle finished',
  );
}
