import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { fetchCustomerCache, LAST_CONTACT_WINDOW_MS } from '../cache/fetch-customer-cache.js';
import { isBusinessGradeFastPath } from '../creation/forward-delays.js';
import {
  OUTAGE_TYPES,
  type MonitoredEdge,
  type OutageDeps,
  type OutageSettings,
} from '../model.js';
import { classifyOutage, isDocumentable, isHealthy } from '../status/classify-outage.js';
import { fetchEdgeStatuses } from '../status/fetch-edge-statuses.js';
import { joinWithCache } from '../status/join-edges.js';
import { DEFAULT_CYCLE_ACTIONS, type CycleActions } from './cycle-actions.js';
import { eachLimited } from './map-limited.js';
import { clientsWithOpenOutageTickets } from './open-ticket-clients.js';
import type { QuarantineRechecks } from './quarantine-rechecks.js';

export interface CycleSummary {
  /** False when the cache could not be read (the run was aborted). */
  ran: boolean;
  cachedEdges: number;
  hosts: Record<string, HostSummary | 'skipped' | 'failed'>;
}

export interface HostSummary {
  monitored: number;
  quarantined: number;
  fastPath: number;
  healthy: number;
}

export function isBlacklisted(
  entry: CustomerCacheEntry,
  blacklist: OutageSettings['blacklistedEdges'],
): boolean {
  return blacklist.some(
    (edge) =>
      edge.host === entry.edge.host &&
      edge.enterprise_id === entry.edge.enterprise_id &&
      edge.edge_id === entry.edge.edge_id,
  );
}

/**
 * One monitoring cycle (§2.4): the cache of the monitored hosts (aborts on non-2xx or 202),
 * blacklisted edges dropped, then every host on its own (one failing never stops the others):
 * per outage type in table order, documentable edges go to quarantine — or straight to ticket
 * creation on the business-grade fast path — and healthy edges to auto-resolve.
 */
export async function runMonitoringCycle(
  deps: OutageDeps,
  spec: {
    hosts: readonly string[];
    rechecks: QuarantineRechecks;
    /** Receives the auto-resolve whitelist of this cycle (the re-checks use the latest). */
    onWhitelist?: (whitelist: ReadonlySet<string>) => void;
    actions?: CycleActions;
  },
): Promise<CycleSummary> {
  const actions = spec.actions ?? DEFAULT_CYCLE_ACTIONS;
  const started = performance.now();
  const cache = await fetchCustomerCache(deps, {
    hosts: spec.hosts,
    lastContactAfter: new Date(deps.now().getTime() - LAST_CONTACT_WINDOW_MS),
  });
  if (cache === null) {
    deps.logger.error('Customer cache unavailable: skipping this Service Outage monitoring cycle');
    return { ran: false, cachedEdges: 0, hosts: {} };
  }
  const monitored = cache.filter((entry) => !isBlacklisted(entry, deps.settings.blacklistedEdges));
  const whitelist = new Set(
    monitored
      .filter((entry) => spec.hosts.includes(entry.edge.host))
      .map((entry) => entry.serial_number),
  );
  spec.onWhitelist?.(whitelist);
  const byHost = new Map<string, CustomerCacheEntry[]>();
  for (const entry of monitored) {
    const list = byHost.get(entry.edge.host);
    if (list === undefined) byHost.set(entry.edge.host, [entry]);
    else list.push(entry);
  }
  deps.logger.info(
    { cached: cache.length, monitored: monitored.length, hosts: [...byHost.keys()] },
    `Service Outage monitoring ${String(monitored.length)} edges`,
  );

  const summary: CycleSummary = { ran: true, cachedEdges: monitored.length, hosts: {} };
  await Promise.all(
    [...byHost].map(async ([host, entries]) => {
      try {
        summary.hosts[host] = await processHost(deps, {
          host,
          entries,
          whitelist,
          rechecks: spec.rechecks,
          actions,
        });
      } catch (error) {
        summary.hosts[host] = 'failed';
        deps.logger.error({ err: error, host }, `Error while monitoring VeloCloud host ${host}`);
      }
    }),
  );
  deps.logger.info(
    { durationMs: Math.round(performance.now() - started), hosts: summary.hosts },
    'Service Outage monitoring cycle finished',
  );
  return summary;
}

async function processHost(
  deps: OutageDeps,
  spec: {
    host: string;
    entries: CustomerCacheEntry[];
    whitelist: ReadonlySet<string>;
    rechecks: QuarantineRechecks;
    actions: CycleActions;
  },
): Promise<HostSummary | 'skipped'> {
  const statuses = await fetchEdgeStatuses(deps, spec.host);
  if (statuses === null) return 'skipped';
  const edges = joinWithCache(statuses, spec.entries);
  if (edges.length < spec.entries.length) {
    deps.logger.info(
      { host: spec.host, without_status: spec.entries.length - edges.length },
      'cached edges without a VeloCloud status are skipped',
    );
  }
  const byType = new Map<string, MonitoredEdge[]>();
  const healthy: MonitoredEdge[] = [];
  for (const edge of edges) {
    const type = classifyOutage(edge.status);
    if (type === null) {
      if (isHealthy(edge.status)) healthy.push(edge);
      continue;
    }
    if (!isDocumentable(edge.status, type)) {
      deps.decisions.record({
        action: 'skip',
        outcome: 'skipped',
        serial: edge.cached.serial_number,
        outageType: type,
        reason: 'outage documented on the other member of the HA pair',
      });
      continue;
    }
    const list = byType.get(type);
    if (list === undefined) byType.set(type, [edge]);
    else list.push(edge);
  }

  const summary: HostSummary = {
    monitored: edges.length,
    quarantined: 0,
    fastPath: 0,
    healthy: healthy.length,
  };
  for (const type of OUTAGE_TYPES) {
    const down = byType.get(type) ?? [];
    if (down.length === 0) continue;
    const fast = down.filter((edge) => isBusinessGradeFastPath(edge, type, deps.settings));
    const regular = down.filter((edge) => !fast.includes(edge));
    summary.fastPath += fast.length;
    summary.quarantined += regular.length;
    for (const edge of fast) {
      deps.decisions.record({
        action: 'quarantine',
        outcome: 'skipped',
        serial: edge.cached.serial_number,
        outageType: type,
        reason: 'business-grade link down: no quarantine',
      });
    }
    await eachLimited({
      items: fast,
      limit: deps.settings.concurrency,
      task: (edge) => spec.actions.createTicket(deps, edge, type),
      onError: (edge, error) => {
        deps.logger.error(
          { err: error, serial: edge.cached.serial_number, outage_type: type },
          `[${type}] error while attempting ticket creation for ${edge.cached.serial_number}`,
        );
      },
    });
    spec.rechecks.schedule(type, regular);
  }

  const clientsWithTickets = healthy.length > 0 ? await clientsWithOpenOutageTickets(deps) : null;
  const toResolve =
    clientsWithTickets === null
      ? healthy
      : healthy.filter((edge) => {
          const clientId = edge.cached.bruin_client_info.client_id;
          if (clientId === null || clientsWithTickets.has(clientId)) return true;
          deps.decisions.record({
            action: 'skip',
            outcome: 'skipped',
            serial: edge.cached.serial_number,
            reason: 'healthy; no open outage ticket for its client',
            routine: true,
          });
          return false;
        });
  await eachLimited({
    items: toResolve,
    limit: deps.settings.concurrency,
    task: (edge) => spec.actions.autoResolve(deps, edge, spec.whitelist),
    onError: (edge, error) => {
      deps.logger.error(
        { err: error, serial: edge.cached.serial_number },
        `error while auto-resolving ${edge.cached.serial_number}`,
      );
    },
  });
  return summary;
}
