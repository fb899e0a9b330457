import type { Logger } from 'pino';
import type {
  BruinClientInfo,
  BruinSiteInfo,
  BruinTicketContact,
} from '@automation-engine/contracts/bruin';
import { judgeClientInfo } from '../decisions/judge-client-info.js';
import {
  judgeManagementStatus,
  type ManagementRules,
} from '../decisions/judge-management-status.js';
import { siteTzOffset } from '../decisions/site-tz-offset.js';
import { edgeKey, type VeloEdge } from '../decisions/velo-edge.js';
import type { EdgeOutcome } from '../refresh-metrics.js';
import type { BruinRepository } from '../repositories/bruin-repository.js';
import { mapLimited } from './map-limited.js';

/** What Bruin says of a cacheable edge. */
export interface BruinFacts {
  clientInfo: BruinClientInfo;
  /** The circuit attributes (`<iface> Access Type` / `<iface> Service Number`), all that is kept. */
  attributes: { key: string; value: string | null }[];
  site: BruinSiteInfo & { tzOffset: number };
  /** Null when Bruin could not tell. */
  contacts: BruinTicketContact[] | null;
}

export interface BruinLookups {
  /** By edge key, the edges that may be cached. */
  facts: Map<string, BruinFacts>;
  /** Edge keys found invalid (no Bruin client, not monitorable): removed from stored caches. */
  invalid: Set<string>;
  /** Serials with several active inventories, and those inventories. */
  duplicates: Map<string, BruinClientInfo[]>;
  outcomes: Record<EdgeOutcome, number>;
}

export interface BruinLookupSettings {
  rules: ManagementRules;
  /** Edges looked up at once (the original's semaphore). */
  concurrency: number;
  /** `TIMEZONE`, for sites whose zone Bruin does not tell. */
  fallbackZone: string;
  /** Progress is logged every this many edges. */
  progressEvery?: number;
}

const CIRCUIT_KEY = / (?:Access Type|Service Number)$/;

/** Only the attributes an entry is built from: thousands of edges are held until the end. */
function circuitAttributes(
  attributes: readonly { key: string; value: string | null }[],
): BruinFacts['attributes'] {
  return attributes
    .filter((attribute) => CIRCUIT_KEY.test(attribute.key))
    .map(({ key, value }) => ({ key, value }));
}

/**
 * Remembers one answer per key for the length of a refresh (sites per client and site, contacts
 * per client: thousands of edges share them). A failed lookup is not remembered.
 */
function memo<T>(): (key: string, load: () => Promise<T | null>) => Promise<T | null> {
  const known = new Map<string, Promise<T | null>>();
  return (key, load) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const loading = load().then((value) => {
      if (value === null) known.delete(key);
      return value;
    });
    known.set(key, loading);
    return loading;
  };
}

/**
 * The Bruin phase of a refresh (spec §10.3): for each edge, with at most `concurrency` edges at
 * once, its client (none → invalid; several → duplicate), the management status of its inventory
 * (not whitelisted, or Pending for a blacklisted client → invalid), its site (failure → skipped)
 * and the client's ticket contacts (failure → null).
 */
export async function lookUpBruin(spec: {
  bruin: BruinRepository;
  edges: readonly VeloEdge[];
  settings: BruinLookupSettings;
  now: () => Date;
  logger: Logger;
  onEdge?: (outcome: EdgeOutcome) => void;
  signal?: AbortSignal;
}): Promise<BruinLookups> {
  const { bruin, settings, logger } = spec;
  const sites = memo<BruinFacts['site']>();
  const contacts = memo<BruinTicketContact[]>();
  const facts = new Map<string, BruinFacts>();
  const invalid = new Set<string>();
  const duplicates = new Map<string, BruinClientInfo[]>();
  const outcomes: Record<EdgeOutcome, number> = { cached: 0, invalid: 0, skipped: 0 };
  const progressEvery = settings.progressEvery ?? 1_000;
  let processed = 0;

  const lookUp = async (edge: VeloEdge): Promise<EdgeOutcome> => {
    const serial = edge.serial_number;
    const info = await bruin.clientInfo(serial);
    if (!info.ok) return 'skipped';
    const client = judgeClientInfo(info.body);
    if (client.kind === 'invalid') {
      invalid.add(edgeKey(edge.edge));
      return 'invalid';
    }
    if (client.duplicates !== null) duplicates.set(serial, client.duplicates);
    const { client_id: clientId, site_id: siteId } = client.clientInfo;
    if (clientId === null || siteId === null) return 'skipped';

    const attributes = await bruin.inventoryAttributes({ clientId, serviceNumber: serial });
    if (!attributes.ok) return 'skipped';
    const management = judgeManagementStatus({
      attributes: attributes.body.attributes,
      clientId,
      rules: settings.rules,
    });
    if (management.kind === 'invalid') {
      invalid.add(edgeKey(edge.edge));
      return 'invalid';
    }

    const site = await sites(`${String(clientId)}#${String(siteId)}`, async () => {
      const reply = await bruin.site({ clientId, siteId });
      if (!reply.ok) return null;
      const tzOffset = siteTzOffset(reply.body, {
        now: spec.now(),
        fallbackZone: settings.fallbackZone,
      });
      return { ...reply.body, tzOffset };
    });
    if (site === null) return 'skipped';
    const clientContacts = await contacts(String(clientId), async () => {
      const reply = await bruin.ticketContacts(clientId);
      return reply.ok ? reply.body : null;
    });
    facts.set(edgeKey(edge.edge), {
      clientInfo: client.clientInfo,
      attributes: circuitAttributes(attributes.body.attributes),
      site,
      contacts: clientContacts,
    });
    return 'cached';
  };

  await mapLimited({
    items: spec.edges,
    limit: settings.concurrency,
    ...(spec.signal === undefined ? {} : { signal: spec.signal }),
    task: async (edge) => {
      const outcome = await lookUp(edge);
      outcomes[outcome] += 1;
      spec.onEdge?.(outcome);
      processed += 1;
      if (processed % progressEvery === 0 || processed === spec.edges.length) {
        logger.info({ processed, total: spec.edges.length, ...outcomes }, 'bruin lookups progress');
      }
    },
  });
  return { facts, invalid, duplicates, outcomes };
}
