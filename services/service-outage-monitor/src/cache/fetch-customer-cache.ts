import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import type { OutageDeps } from '../model.js';

/** How far back an edge's last contact may be for it to be monitored (§1.2). */
export const LAST_CONTACT_WINDOW_MS = 7 * 24 * 3_600_000;

/**
 * The cached edges of some hosts (`'all'` = every host the cache knows). Null when the cache did
 * not answer 200 — including 202 (still being built): the caller aborts its run. Every such
 * answer is logged and sent to Slack.
 */
export async function fetchCustomerCache(
  deps: OutageDeps,
  spec: { hosts: readonly string[] | 'all'; lastContactAfter?: Date },
): Promise<CustomerCacheEntry[] | null> {
  const filter: Record<string, number[]> = {};
  if (spec.hosts !== 'all') for (const host of spec.hosts) filter[host] = [];
  const hostsText = spec.hosts === 'all' ? 'all hosts' : spec.hosts.join(', ');
  const what = `getting the customer cache of ${hostsText}`;
  const result = await deps.bridges.call(
    customerCacheGet,
    {
      filter,
      ...(spec.lastContactAfter === undefined
        ? {}
        : { last_contact_filter: spec.lastContactAfter.toISOString() }),
    },
    { what },
  );
  if (!result.ok) return null;
  if (result.status === 202 || !Array.isArray(result.body)) {
    const message = `Error while ${what} in ${deps.settings.environment.toUpperCase()} environment: Error ${String(result.status)} - ${typeof result.body === 'string' ? result.body : JSON.stringify(result.body)}`;
    deps.logger.error({ status: result.status }, message);
    await deps.notifier.slack(message);
    return null;
  }
  return result.body;
}
