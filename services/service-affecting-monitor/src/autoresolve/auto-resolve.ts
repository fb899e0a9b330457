import {
  bruinTicketBasic,
  bruinTicketDetails,
  bruinTicketNoteAppend,
  bruinTicketStatusResolve,
  bruinTicketUnpause,
  type BruinTicketShape,
} from '@automation-engine/contracts/bruin';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import {
  velocloudAlertRequestEventEnterprise,
  velocloudGetLinksMetricInfo,
  type LinkMetricInfo,
} from '@automation-engine/contracts/velocloud';
import {
  booleanLabel,
  bruinTicketUrl,
  clientLabel,
  hnocForwardKey,
  linkTypesLabel,
} from '@automation-engine/monitoring';
import type { AffectingDeps } from '../model.js';
import {
  autoresolvedTroubleLabel,
  decideAutoresolve,
  type AutoresolveDecision,
} from './autoresolve-decision.js';
import { renderAutoresolveNote } from './autoresolve-note.js';
import { countEventsBySerialAndInterface, instabilityOf } from './edge-stability.js';
import { runLimited } from './run-limited.js';

/** Edges auto-resolved at once (the original's semaphore). */
export const AUTORESOLVE_CONCURRENCY = 3;
const OPEN_STATUSES = ['New', 'InProgress', 'Draft'];
const MINUTE_MS = 60_000;

interface EdgeLinks {
  cached: CustomerCacheEntry;
  links: LinkMetricInfo[];
}

/** LINK_DEAD events of the last circuit-instability window, per (host, enterprise) of `edges`. */
async function linkDeadEvents(
  deps: AffectingDeps,
  edges: readonly CustomerCacheEntry[],
  now: Date,
) {
  const start = new Date(
    now.getTime() - deps.settings.wired.lookupMinutes.circuitInstability * MINUTE_MS,
  );
  const byEnterprise = new Map<
    string,
    { host: string; enterpriseId: number; edges: CustomerCacheEntry[] }
  >();
  for (const edge of edges) {
    const key = `${edge.edge.host}|${String(edge.edge.enterprise_id)}`;
    const group = byEnterprise.get(key) ?? {
      host: edge.edge.host,
      enterpriseId: edge.edge.enterprise_id,
      edges: [],
    };
    group.edges.push(edge);
    byEnterprise.set(key, group);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const group of byEnterprise.values()) {
    const result = await deps.bridges.call(
      velocloudAlertRequestEventEnterprise,
      {
        host: group.host,
        enterprise_id: group.enterpriseId,
        filter: ['LINK_DEAD'],
        start_date: start.toISOString(),
        end_date: now.toISOString(),
      },
      {
        what: `getting LINK_DEAD events of enterprise ${String(group.enterpriseId)} of ${group.host}`,
      },
    );
    if (!result.ok) continue;
    for (const [serial, byInterface] of countEventsBySerialAndInterface(result.body, group.edges)) {
      counts.set(serial, byInterface);
    }
  }
  return counts;
}

/** Metrics rows of valid edges joined to the cache by serial and grouped per edge. */
function groupByEdge(
  rows: readonly LinkMetricInfo[],
  edges: readonly CustomerCacheEntry[],
): EdgeLinks[] {
  const cachedBySerial = new Map(edges.map((edge) => [edge.serial_number, edge]));
  const grouped = new Map<string, EdgeLinks>();
  for (const row of rows) {
    const state = row.link.edgeState;
    if (state === null || state === 'NEVER_ACTIVATED') continue;
    const cached = cachedBySerial.get(row.link.edgeSerialNumber);
    if (cached === undefined) continue;
    const edge = grouped.get(cached.serial_number) ?? { cached, links: [] };
    edge.links.push(row);
    grouped.set(cached.serial_number, edge);
  }
  return [...grouped.values()];
}

async function resolveTask(
  deps: AffectingDeps,
  edge: EdgeLinks,
  spec: { ticket: BruinTicketShape; decision: Extract<AutoresolveDecision, { resolve: true }> },
): Promise<void> {
  const { ticket, decision } = spec;
  const { decisions, bridges, settings } = deps;
  const serial = edge.cached.serial_number;
  const ticketId = ticket.ticketID;
  const base = {
    action: 'resolve' as const,
    serial,
    ticketId,
    trouble: autoresolvedTroubleLabel(decision.troubles),
    detailId: decision.detailId,
  };
  if (!decisions.writes) {
    decisions.held({ ...base, reason: decision.reason });
    if (decisions.mode === 'would-have') {
      await deps.notifier.slack(
        `Would have autoresolved task for serial number ${serial} of Service Affecting ticket ${String(ticketId)}. Details at ${bruinTicketUrl(ticketId)}`,
      );
    }
    return;
  }
  await bridges.call(
    bruinTicketUnpause,
    { ticket_id: ticketId, service_number: serial },
    { what: `unpausing task of serial ${serial} of ticket ${String(ticketId)}` },
  );
  const resolved = await bridges.call(
    bruinTicketStatusResolve,
    { ticket_id: ticketId, detail_id: decision.detailId },
    { what: `resolving detail ${String(decision.detailId)} of ticket ${String(ticketId)}` },
  );
  if (!resolved.ok) {
    decisions.record({
      ...base,
      outcome: 'failed',
      reason: `resolve answered ${String(resolved.status)}`,
    });
    return;
  }
  deps.metrics.autoresolved.inc({
    feature: 'Service Affecting Monitor',
    system: 'VeloCloud',
    topic: 'VAS',
    severity: '3',
    host: settings.host,
    client: clientLabel(edge.cached.bruin_client_info.client_name, settings),
    trouble: autoresolvedTroubleLabel(decision.troubles),
    has_byob: booleanLabel(decision.hasByob),
    link_types: linkTypesLabel(decision.linkType === null ? null : [decision.linkType]),
  });
  await bridges.call(
    bruinTicketNoteAppend,
    {
      ticket_id: ticketId,
      note: renderAutoresolveNote({ serial, now: deps.now() }),
      service_numbers: [serial],
    },
    { what: `appending the auto-resolve note to ticket ${String(ticketId)}` },
  );
  await deps.notifier.slack(
    `Task for serial number ${serial} of Service Affecting ticket ${String(ticketId)} has been autoresolved. Details at ${bruinTicketUrl(ticketId)}`,
  );
  await deps.forwards.clear(hnocForwardKey(ticketId, serial));
  decisions.record({ ...base, reason: decision.reason });
}

async function autoResolveEdge(
  deps: AffectingDeps,
  edge: EdgeLinks,
  events: ReadonlyMap<string, number> | undefined,
): Promise<void> {
  const { decisions, bridges, settings } = deps;
  const serial = edge.cached.serial_number;
  const unstable = instabilityOf({ cached: edge.cached, links: edge.links, events, settings });
  if (unstable !== null) {
    decisions.record({
      action: 'skip',
      outcome: 'skipped',
      serial,
      reason: `not stable: ${unstable}`,
    });
    return;
  }
  const clientId = edge.cached.bruin_client_info.client_id;
  const tickets = await bridges.call(
    bruinTicketBasic,
    {
      ticket_statuses: OPEN_STATUSES,
      ticket_topic: 'VAS',
      product_category: settings.productCategory,
      ...(clientId === null ? {} : { client_id: clientId }),
      service_number: serial,
    },
    { what: `getting open Service Affecting tickets of serial ${serial}` },
  );
  if (!tickets.ok) {
    decisions.record({
      action: 'skip',
      outcome: 'skipped',
      serial,
      reason: 'open tickets lookup failed',
    });
    return;
  }
  if (tickets.body.length === 0) {
    decisions.record({
      action: 'skip',
      outcome: 'skipped',
      serial,
      reason: 'no open Service Affecting ticket',
      // Taken for most stable edges every cycle: debug level, still counted.
      routine: true,
    });
    return;
  }
  for (const ticket of tickets.body) {
    const ticketId = ticket.ticketID;
    if (ticket.createdBy !== settings.ipaSystemUsername) {
      decisions.record({
        action: 'skip',
        outcome: 'skipped',
        serial,
        ticketId,
        reason: 'ticket not created by the IPA user',
      });
      continue;
    }
    const details = await bridges.call(
      bruinTicketDetails,
      { ticket_id: ticketId },
      { what: `getting details of ticket ${String(ticketId)}` },
    );
    if (!details.ok) {
      decisions.record({
        action: 'skip',
        outcome: 'skipped',
        serial,
        ticketId,
        reason: 'ticket details lookup failed',
      });
      continue;
    }
    const decision = decideAutoresolve({
      serial,
      ticket,
      details: details.body.ticketDetails,
      notes: details.body.ticketNotes,
      cached: edge.cached,
      now: deps.now(),
      settings,
    });
    if (!decision.resolve) {
      decisions.record({
        action: 'skip',
        outcome: 'skipped',
        serial,
        ticketId,
        trouble: autoresolvedTroubleLabel(decision.troubles),
        reason: decision.reason,
        detailId: decision.detailId,
      });
      continue;
    }
    await resolveTask(deps, edge, { ticket, decision });
  }
}

/**
 * The auto-resolve step of a monitoring cycle (spec §3.6): edges whose links have all been within
 * thresholds over the last `autoresolveLookupMinutes` get their open Service Affecting tasks
 * resolved. Bridge failures are reported by the caller and end only the piece they concern.
 */
export async function autoResolve(
  deps: AffectingDeps,
  edges: readonly CustomerCacheEntry[],
): Promise<void> {
  const { settings, logger } = deps;
  const now = deps.now();
  const start = new Date(now.getTime() - settings.autoresolveLookupMinutes * MINUTE_MS);
  const metrics = await deps.bridges.call(
    velocloudGetLinksMetricInfo,
    { host: settings.host, interval: { start: start.toISOString(), end: now.toISOString() } },
    { what: 'getting links metrics for auto-resolve' },
  );
  if (!metrics.ok || metrics.body.length === 0) {
    logger.warn({ status: metrics.status }, 'auto-resolve: no links metrics; skipping');
    return;
  }
  const events = await linkDeadEvents(deps, edges, now);
  const grouped = groupByEdge(metrics.body, edges);
  logger.info({ edges: grouped.length }, 'auto-resolve started');
  await runLimited(grouped, AUTORESOLVE_CONCURRENCY, async (edge) => {
    try {
      await autoResolveEdge(deps, edge, events.get(edge.cached.serial_number));
    } catch (error) {
      // One edge's unexpected failure must not stop the others (the original gathered them).
      logger.error(
        { err: error, serial: edge.cached.serial_number },
        'auto-resolve of an edge failed',
      );
    }
  });
  logger.info('auto-resolve finished');
}
