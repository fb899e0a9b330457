import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import type { AffectingDeps } from '../model.js';

/**
 * The cached edges of this instance's host (`filter {<host>: []}`); null when the cache cannot be
 * used: a failed call (reported by the caller) or 202 "still being built" (reported here, as the
 * original sent that text to Slack).
 */
export async function fetchCustomerCache(
  deps: AffectingDeps,
): Promise<CustomerCacheEntry[] | null> {
  const result = await deps.bridges.call(
    customerCacheGet,
    { filter: { [deps.settings.host]: [] } },
    { what: `getting the customer cache of ${deps.settings.host}` },
  );
  if (!result.ok) return null;
  if (result.status === 202 || !Array.isArray(result.body)) {
    const text = typeof result.body === 'string' ? result.body : 'Cache is still being built';
    deps.logger.error({ status: result.status }, text);
    await deps.notifier.slack(text);
    return null;
  }
  return result.body;
}
