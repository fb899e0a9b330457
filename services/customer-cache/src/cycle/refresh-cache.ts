import type { Logger } from 'pino';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { EmailData } from '@automation-engine/contracts/notifications';
import { addHaPartners } from '../decisions/add-ha-partners.js';
import { duplicatesEmail, snapshotEmail } from '../decisions/cache-emails.js';
import type { BlacklistedEdge } from '../decisions/extract-cacheable-edges.js';
import { mergeHostCache } from '../decisions/merge-host-cache.js';
import { formatRefreshDate, isRefreshDue } from '../decisions/refresh-date.js';
import type { RefreshMetrics } from '../refresh-metrics.js';
import type { BruinRepository } from '../repositories/bruin-repository.js';
import type { CacheStore } from '../repositories/cache-store.js';
import type { Notifier } from '@automation-engine/monitoring';
import type { VelocloudRepository } from '../repositories/velocloud-repository.js';
import { buildCacheEntry } from '../decisions/build-cache-entry.js';
import { edgeKey } from '../decisions/velo-edge.js';
import { fetchCacheableEdges } from './fetch-cacheable-edges.js';
import { fetchLinkDetails } from './fetch-link-details.js';
import { lookUpBruin, type BruinLookupSettings } from './look-up-bruin.js';

export interface RefreshSettings extends BruinLookupSettings {
  environment: string;
  hosts: readonly string[];
  blacklist: readonly BlacklistedEdge[];
  velocloudConcurrency: number;
  /** `REFRESH_JOB_INTERVAL`, seconds. */
  intervalSeconds: number;
  lockTtlSeconds: number;
  /** Snapshot and duplicate mails go here; none → no mail. */
  recipient: string | undefined;
}

export interface RefreshDeps {
  velocloud: VelocloudRepository;
  bruin: BruinRepository;
  notifications: Notifier;
  store: CacheStore;
  metrics: RefreshMetrics;
  settings: RefreshSettings;
  now: () => Date;
}

export type RefreshOutcome =
  | { kind: 'not-due' }
  | { kind: 'locked' }
  | { kind: 'no-edges'; failedHosts: string[] }
  | { kind: 'refreshed'; edges: number; stored: Record<string, number>; keptStored: string[] }
  /**
   * Some host has no cache at all: nothing crossed with Bruin and nothing was stored before (a
   * first build while bruin-bridge is not answering yet). The refresh stays due, to be retried.
   */
  | {
      kind: 'incomplete';
      edges: number;
      stored: Record<string, number>;
      keptStored: string[];
      unbuilt: string[];
    };

/** Cache entries by host, in the order hosts first appear among the edges. */
function byHost(entries: readonly CustomerCacheEntry[], hosts: readonly string[]) {
  const grouped = new Map<string, CustomerCacheEntry[]>(hosts.map((host) => [host, []]));
  for (const entry of entries) grouped.get(entry.edge.host)?.push(entry);
  return grouped;
}

/**
 * One refresh check (spec §10.3): if the next refresh is due and no other replica holds the lock,
 * collect the edges from VeloCloud, cross them with Bruin, merge each host's new cache with the
 * stored one (one host at a time, staged in Redis), switch every host and the next refresh date
 * in one transaction, then mail the snapshots and report duplicate inventories. Returns what happened; Slack hears of problems.
 */
export async function refreshCache(
  deps: RefreshDeps,
  context: { logger: Logger; signal?: AbortSignal },
): Promise<RefreshOutcome> {
  const { store, metrics, settings, notifications } = deps;
  const { logger, signal } = context;
  if (!isRefreshDue(await store.nextRefreshDate(), deps.now())) {
    logger.debug('cache refresh is not due yet');
    return { kind: 'not-due' };
  }
  const token = await store.lock(settings.lockTtlSeconds);
  if (token === null) {
    logger.info('another replica is refreshing the cache');
    return { kind: 'locked' };
  }
  const started = performance.now();
  metrics.inProgress.set(1);
  try {
    logger.info({ hosts: settings.hosts }, 'cache refresh started');
    const aborting = signal === undefined ? {} : { signal };
    const velo = await fetchCacheableEdges({
      velocloud: deps.velocloud,
      hosts: settings.hosts,
      blacklist: settings.blacklist,
      logger,
      ...aborting,
    });
    if (velo.edges.length === 0) return { kind: 'no-edges', failedHosts: velo.failedHosts };

    // The links' details (velocloud-bridge) and the Bruin lookups (bruin-bridge) do not depend on
    // each other: both run at once, each under its own bound.
    const [links, crossing] = await Promise.all([
      fetchLinkDetails({
        velocloud: deps.velocloud,
        edges: velo.edges,
        concurrency: settings.velocloudConcurrency,
        logger,
        ...aborting,
      }),
      lookUpBruin({
        bruin: deps.bruin,
        edges: velo.edges,
        settings,
        now: deps.now,
        logger,
        onEdge: (outcome) => metrics.edges.inc({ outcome }),
        ...aborting,
      }),
    ]);
    const fresh: CustomerCacheEntry[] = [];
    for (const edge of velo.edges) {
      const key = edgeKey(edge.edge);
      const facts = crossing.facts.get(key);
      if (facts === undefined) continue;
      fresh.push(
        buildCacheEntry({
          edge,
          logicalIds: links.logicalIds.get(key) ?? [],
          linksConfiguration: links.linksConfiguration.get(key) ?? [],
          ...facts,
        }),
      );
    }

    // One host at a time: its stored cache, the merge, the new cache staged in Redis.
    const hosts = [...new Set(velo.edges.map((edge) => edge.edge.host))];
    const saved = new Map<string, number>();
    const mails: EmailData[] = [];
    const keptStored: string[] = [];
    const unbuilt: string[] = [];
    const now = deps.now();
    for (const [host, entries] of byHost(fresh, hosts)) {
      const oldCache = (await store.caches([host]))[host] ?? [];
      const decision = mergeHostCache({
        stored: oldCache,
        fresh: addHaPartners(entries),
        invalid: crossing.invalid,
      });
      if (decision.kind === 'keep-stored') {
        keptStored.push(host);
        if (oldCache.length === 0) unbuilt.push(host);
        const message =
          `Cache for host ${host} was empty after cross referencing with Bruin. ` +
          'Check if Bruin is returning errors when asking for management statuses of the host';
        logger.error({ vco_host: host }, message);
        await notifications.slack(message);
        continue;
      }
      await store.stage(host, decision.entries);
      saved.set(host, decision.entries.length);
      if (settings.recipient !== undefined) {
        mails.push(
          snapshotEmail({
            host,
            oldCache,
            newCache: decision.crossed,
            environment: settings.environment,
            recipient: settings.recipient,
            now,
          }),
        );
      }
      logger.info(
        {
          vco_host: host,
          stored: oldCache.length,
          saved: decision.entries.length,
          removed_invalid: decision.removedInvalid,
        },
        'host cache merged',
      );
    }

    // A host left without any cache keeps the refresh due, so the retry rebuilds it in minutes
    // rather than at the next interval (hours): monitors get no edges for that host meanwhile.
    const next =
      unbuilt.length > 0 ? now : new Date(now.getTime() + settings.intervalSeconds * 1_000);
    await store.commit({ hosts: [...saved.keys()], nextRefreshDate: formatRefreshDate(next) });
    for (const [host, count] of saved) metrics.cachedEdges.set({ host }, count);
    metrics.lastSuccess.set(now.getTime() / 1_000);

    for (const mail of mails) await notifications.email(mail);
    if (crossing.duplicates.size > 0) {
      const serials = Object.fromEntries(crossing.duplicates);
      await notifications.slack(
        `Alert. Detected some edges with more than one status. ${JSON.stringify(serials)}`,
      );
      if (settings.recipient !== undefined) {
        await notifications.email(
          duplicatesEmail({ recipient: settings.recipient, duplicates: crossing.duplicates, now }),
        );
      }
    }
    const refreshed = {
      edges: velo.edges.length,
      stored: Object.fromEntries(saved),
      keptStored,
    };
    const outcome: RefreshOutcome =
      unbuilt.length > 0
        ? { kind: 'incomplete', ...refreshed, unbuilt }
        : { kind: 'refreshed', ...refreshed };
    logger.info(
      {
        ...crossing.outcomes,
        edges: outcome.edges,
        stored: outcome.stored,
        duplicates: crossing.duplicates.size,
        next_refresh_date: formatRefreshDate(next),
        durationMs: Math.round(performance.now() - started),
      },
      'cache refresh finished',
    );
    return outcome;
  } finally {
    metrics.duration.observe((performance.now() - started) / 1_000);
    metrics.inProgress.set(0);
    await store.unlock(token);
  }
}
