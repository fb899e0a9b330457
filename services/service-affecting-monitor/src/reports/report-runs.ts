import type { Counter } from 'prom-client';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { velocloudRequestEdgeLinksSeries } from '@automation-engine/contracts/velocloud';
import { fetchCustomerCache } from '../cache/fetch-customer-cache.js';
import type { AffectingDeps } from '../model.js';
import type { ObjectStore } from '../storage/object-store.js';
import {
  bandwidthCsv,
  bandwidthEmail,
  bandwidthNoteCounts,
  bandwidthObjectKey,
  bandwidthRows,
  bandwidthWindow,
  SERIES_METRICS,
  type LinkSeriesOfLink,
} from './bandwidth-report.js';
import { reoccurringEmail, reoccurringRows, reoccurringWindow } from './reoccurring-report.js';
import { bruinFilterDate, dateIn } from './report-output.js';
import { fetchReportTickets } from './report-tickets.js';
import type { RecipientsByClient, ReportSettings } from './reports-env.js';

/** What the report runs need beyond a cycle's dependencies. */
export interface ReportDeps extends AffectingDeps {
  store: ObjectStore;
  /** `reports_signet_execution_OK_total` / `_KO_total` (spec §3.9). */
  signet: { ok: Counter; ko: Counter };
}

function clientNames(cache: readonly CustomerCacheEntry[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const edge of cache) {
    const { client_id: id, client_name: name } = edge.bruin_client_info;
    if (id !== null) names.set(id, name ?? String(id));
  }
  return names;
}

/** Default contacts, then the client's own recipients (else those of `"*"` when allowed). */
function recipientsOf(spec: {
  defaults: readonly string[];
  byClient: RecipientsByClient;
  clientId: number;
  useWildcard: boolean;
}): string[] {
  const { byClient } = spec;
  const own =
    byClient[String(spec.clientId)] ?? (spec.useWildcard ? byClient['*'] : undefined) ?? [];
  return [...new Set([...spec.defaults, ...own])];
}

/**
 * The reoccurring trouble report (spec §3.8), for the clients configured for this host (`"*"` =
 * every cached client): e-mailed in live mode only.
 */
export async function runReoccurringReport(
  deps: ReportDeps,
  settings: ReportSettings,
): Promise<void> {
  const { logger, decisions } = deps;
  const host = deps.settings.host;
  const byClient = settings.reoccurring.recipients[host];
  if (byClient === undefined) {
    logger.info({ host }, 'reoccurring trouble report: no recipients for this host');
    return;
  }
  const cache = await fetchCustomerCache(deps);
  if (cache === null || cache.length === 0) {
    logger.error('reoccurring trouble report: no customer cache; report not built');
    return;
  }
  const names = clientNames(cache);
  const configured = Object.keys(byClient);
  const clientIds = configured.includes('*')
    ? [...names.keys()]
    : configured.map(Number).filter((id) => Number.isInteger(id));
  const selected = new Set(clientIds);
  const edgeNames = new Map<string, string | null>();
  for (const edge of cache) {
    const id = edge.bruin_client_info.client_id;
    if (id !== null && selected.has(id) && !edgeNames.has(edge.serial_number)) {
      edgeNames.set(edge.serial_number, edge.edge_name);
    }
  }
  const window = reoccurringWindow(deps.now(), settings.reoccurring.lookupSeconds);
  for (const clientId of clientIds) {
    const clientName = names.get(clientId) ?? String(clientId);
    let tickets = await fetchReportTickets(deps, {
      clientId,
      start: bruinFilterDate(window.start),
      end: bruinFilterDate(window.end),
      retry: settings.retry,
    });
    if (tickets === null || tickets.length === 0) {
      await deps.notifier.slack(
        `No Service Affecting tickets were found for client ${String(clientId)}. A report claiming that no data matching the criteria was found will be delivered soon.`,
      );
      tickets = [];
    }
    const rows = reoccurringRows({
      tickets,
      edgeNames,
      troubles: settings.reoccurring.troubles,
      threshold: settings.reoccurring.threshold,
    });
    const recipients = recipientsOf({
      defaults: settings.reoccurring.defaultContacts,
      byClient,
      clientId,
      useWildcard: true,
    });
    const decision = {
      action: 'email' as const,
      report: 'reoccurring-trouble',
      clientId,
      rows: rows.length,
    };
    if (!decisions.writes) {
      decisions.held({
        ...decision,
        reason: 'reoccurring trouble report e-mailed only in live mode',
      });
      continue;
    }
    if (recipients.length === 0) {
      decisions.record({ ...decision, outcome: 'skipped', reason: 'no recipients for the client' });
      continue;
    }
    await deps.notifier.email(reoccurringEmail({ clientId, clientName, rows, window, recipients }));
    decisions.record({ ...decision, reason: 'reoccurring trouble report e-mailed', recipients });
  }
}

async function linkSeriesOf(
  deps: ReportDeps,
  edge: CustomerCacheEntry,
  window: { start: Date; end: Date },
): Promise<LinkSeriesOfLink[]> {
  const result = await deps.bridges.call(
    velocloudRequestEdgeLinksSeries,
    {
      host: edge.edge.host,
      payload: {
        enterpriseId: edge.edge.enterprise_id,
        edgeId: edge.edge.edge_id,
        interval: { start: window.start.getTime(), end: window.end.getTime() },
        metrics: [...SERIES_METRICS],
      },
    },
    { what: `getting link series of edge ${edge.serial_number} for the bandwidth report` },
  );
  return result.ok ? result.body : [];
}

/**
 * The daily bandwidth report (spec §3.8) of every cached client of this host: the CSV is written
 * to the object store in every mode but dry-run; the e-mail goes, in live mode, to the clients
 * with recipients for this host.
 */
export async function runBandwidthReport(
  deps: ReportDeps,
  settings: ReportSettings,
): Promise<void> {
  const { logger, decisions } = deps;
  const host = deps.settings.host;
  const cache = await fetchCustomerCache(deps);
  if (cache === null) {
    logger.error('bandwidth report: no customer cache; report not built');
    deps.signet.ko.inc();
    return;
  }
  const now = deps.now();
  const window = bandwidthWindow(now, settings.bandwidth.lookupSeconds);
  const date = dateIn(now, settings.timezone);
  const edges = cache.filter((edge) => edge.edge.host === host);
  const seriesBySerial = new Map<string, LinkSeriesOfLink[]>();
  for (const edge of edges) {
    if (!seriesBySerial.has(edge.serial_number)) {
      seriesBySerial.set(edge.serial_number, await linkSeriesOf(deps, edge, window));
    }
  }
  const byClient = settings.bandwidth.recipients[host] ?? {};
  for (const [clientId, clientName] of clientNames(cache)) {
    const clientEdges = edges.filter((edge) => edge.bruin_client_info.client_id === clientId);
    const serials = new Set(clientEdges.map((edge) => edge.serial_number));
    const tickets = await fetchReportTickets(deps, {
      clientId,
      start: bruinFilterDate(window.start),
      end: bruinFilterDate(window.end),
      retry: settings.retry,
    });
    if (tickets === null) {
      logger.error({ clientId }, 'bandwidth report: tickets not read; client skipped');
      deps.signet.ko.inc();
      continue;
    }
    const seen = new Set<string>();
    const rows = bandwidthRows({
      edges: clientEdges
        .filter((edge) => !seen.has(edge.serial_number) && seen.add(edge.serial_number))
        .map((edge) => ({ cached: edge, links: seriesBySerial.get(edge.serial_number) ?? [] })),
      counts: bandwidthNoteCounts(tickets, serials),
    });
    const decision = {
      action: 'email' as const,
      report: 'daily-bandwidth',
      clientId,
      rows: rows.length,
    };
    if (decisions.mode === 'dry-run') {
      decisions.held({
        ...decision,
        reason: 'bandwidth report neither stored nor e-mailed in dry-run',
      });
      continue;
    }
    if (rows.length > 0) {
      const key = bandwidthObjectKey(date, clientId);
      try {
        const where = await deps.store.put(key, bandwidthCsv(rows, settings.timezone), 'text/csv');
        logger.info({ clientId, where }, 'bandwidth report stored');
      } catch (error) {
        logger.error({ err: error, clientId, key }, 'bandwidth report not stored');
      }
    }
    if (byClient[String(clientId)] === undefined) continue;
    if (!decisions.writes) {
      decisions.held({ ...decision, reason: 'bandwidth report e-mailed only in live mode' });
      continue;
    }
    const recipients = recipientsOf({
      defaults: settings.bandwidth.defaultContacts,
      byClient,
      clientId,
      useWildcard: false,
    });
    if (recipients.length === 0) {
      decisions.record({ ...decision, outcome: 'skipped', reason: 'no recipients for the client' });
      continue;
    }
    await deps.notifier.email(
      bandwidthEmail({ clientId, clientName, date, rows, timezone: settings.timezone, recipients }),
    );
    deps.signet.ok.inc();
    decisions.record({ ...decision, reason: 'bandwidth report e-mailed', recipients });
  }
}
