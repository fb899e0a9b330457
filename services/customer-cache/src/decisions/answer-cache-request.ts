import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { parseInstant } from './parse-instant.js';

export interface CacheRequest {
  /** VCO host → enterprise ids (`[]` = every enterprise; `{}` = every configured host). */
  filter: Readonly<Record<string, readonly number[]>>;
  last_contact_filter?: string | null | undefined;
}

export type CacheAnswer =
  { status: 200; body: CustomerCacheEntry[] } | { status: 202 | 400 | 404; body: string };

/** The hosts a request is about: those it names, or every configured host for `{}`. */
export function requestedHosts(
  request: CacheRequest,
  configuredHosts: readonly string[],
): Record<string, readonly number[]> {
  if (Object.keys(request.filter).length > 0) return { ...request.filter };
  return Object.fromEntries(configuredHosts.map((host) => [host, []]));
}

/**
 * The reply to `customer.cache.get` (spec §10.4), from the stored caches of the requested hosts:
 * - 202 "Cache is still being built for host(s): …" when the combined result for the hosts and
 *   enterprises is empty (nothing stored yet, or the enterprise filter removed everything);
 * - 404 "No edges were found for the specified filters: …" when the last-contact filter (strictly
 *   after, UTC) removed everything;
 * - 400 when `last_contact_filter` is not a date-time (the original sent no reply);
 * - 200 and the entries otherwise.
 */
export function answerCacheRequest(spec: {
  request: CacheRequest;
  configuredHosts: readonly string[];
  /** The stored cache of each requested host ([] when none is stored). */
  caches: Readonly<Record<string, readonly CustomerCacheEntry[]>>;
}): CacheAnswer {
  const { request } = spec;
  const hosts = requestedHosts(request, spec.configuredHosts);
  const selected: CustomerCacheEntry[] = [];
  for (const [host, enterprises] of Object.entries(hosts)) {
    const cache = spec.caches[host] ?? [];
    if (enterprises.length === 0) {
      selected.push(...cache);
      continue;
    }
    const wanted = new Set(enterprises);
    for (const entry of cache) if (wanted.has(entry.edge.enterprise_id)) selected.push(entry);
  }
  if (selected.length === 0) {
    return {
      status: 202,
      body: `Cache is still being built for host(s): ${Object.keys(hosts).join(', ')}`,
    };
  }
  const lastContactFilter = request.last_contact_filter;
  if (lastContactFilter === undefined || lastContactFilter === null) {
    return { status: 200, body: selected };
  }
  const after = parseInstant(lastContactFilter);
  if (after === null) {
    return {
      status: 400,
      body: `last_contact_filter must be a date-time, not ${JSON.stringify(lastContactFilter)}`,
    };
  }
  const recent = selected.filter((entry) => {
    const contact = entry.last_contact === null ? null : parseInstant(entry.last_contact);
    return contact !== null && contact > after;
  });
  if (recent.length === 0) {
    return {
      status: 404,
      body: `No edges were found for the specified filters: ${JSON.stringify({
        filter: hosts,
        last_contact_filter: lastContactFilter,
      })}`,
    };
  }
  return { status: 200, body: recent };
}
