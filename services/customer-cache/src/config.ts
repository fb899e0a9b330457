import { z } from 'zod';
import { envInt, envJson, envString, envUrl } from '@automation-engine/config';

const blacklistedEdge = z.object({
  host: z.string(),
  enterprise_id: z.number().int(),
  edge_id: z.number().int(),
});

/** Management statuses that make an edge monitorable (spec/vendor-apis.md §1; en dash U+2013). */
export const DEFAULT_MANAGEMENT_STATUSES = [
  'Active – Gold Monitoring',
  'Active – Platinum Monitoring',
  'Pending',
] as const;

/** customer-cache's own variables (the base ones are in the root README). */
export const serviceEnv = {
  /** The dedicated cache Redis; default the claim-check one (`REDIS_URL`). */
  REDIS_CUSTOMER_CACHE_URL: envUrl({ protocols: ['redis', 'rediss'] }).optional(),
  /** JSON list of the VCO hosts to cache, as the original (`["mettel.velocloud.net", …]`). */
  VELOCLOUD_HOSTS: envJson(z.array(z.string().min(1)).min(1), 'a JSON list of VCO host names'),
  /** Seconds between two refreshes (`next_refresh_date` = end of a refresh + this). */
  REFRESH_JOB_INTERVAL: envInt({ min: 1 }).default(14_400),
  /** Seconds between two checks of whether a refresh is due. */
  REFRESH_CHECK_INTERVAL: envInt({ min: 1 }).default(300),
  /** A failed refresh (no edge found, or an error) is tried again after a random wait in this range. */
  REFRESH_RETRY_MIN_SECONDS: envInt({ min: 0 }).default(120),
  REFRESH_RETRY_MAX_SECONDS: envInt({ min: 0 }).default(300),
  /** JSON list of `{host, enterprise_id, edge_id}` never cached. */
  BLACKLISTED_EDGES: envJson(
    z.array(blacklistedEdge),
    'a JSON list of {host, enterprise_id, edge_id}',
  ).default([]),
  /** JSON list of Bruin client ids whose *Pending* edges are not cached. */
  BLACKLISTED_CLIENTS_WITH_PENDING_STATUS: envJson(
    z.array(z.number().int()),
    'a JSON list of client ids',
  ).default([]),
  /** JSON list of the management statuses that are cached. */
  WHITELISTED_MANAGEMENT_STATUSES: envJson(z.array(z.string()), 'a JSON list of statuses').default([
    ...DEFAULT_MANAGEMENT_STATUSES,
  ]),
  /** Who gets the cache snapshots and the duplicate-inventory report; unset → no mail. */
  DUPLICATE_INVENTORIES_RECIPIENT: envString().optional(),
  /** IANA zone used for a site's offset when neither its time zone nor its zip tells. */
  TIMEZONE: envString()
    .refine((zone) => isTimeZone(zone), 'must be an IANA time zone (America/New_York, US/Eastern…)')
    .default('US/Eastern'),
  /** Edges looked up in Bruin at once (the original's semaphore: 3). */
  BRUIN_CONCURRENCY: envInt({ min: 1, max: 256 }).default(3),
  /** Requests to velocloud-bridge at once (enterprise edges, links configuration). */
  VELOCLOUD_CONCURRENCY: envInt({ min: 1, max: 256 }).default(10),
  /** How long a refresh may hold the cross-replica lock before it is considered dead. */
  REFRESH_LOCK_TTL_SECONDS: envInt({ min: 10 }).default(3_600),
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type CustomerCacheEnv = { [K in keyof typeof serviceEnv]: z.output<(typeof serviceEnv)[K]> };
