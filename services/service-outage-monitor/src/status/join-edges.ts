import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { EdgeStatus, MonitoredEdge } from '../model.js';

/**
 * Cached edges joined with their status by serial (§2.2 step 5); a cached edge VeloCloud reports
 * no status for is left out (the caller logs how many).
 */
export function joinWithCache(
  statuses: EdgeStatus[],
  cache: CustomerCacheEntry[],
): MonitoredEdge[] {
  const statusBySerial = new Map(statuses.map((status) => [status.edgeSerialNumber, status]));
  const joined: MonitoredEdge[] = [];
  const seen = new Set<string>();
  for (const cached of cache) {
    if (seen.has(cached.serial_number)) continue;
    seen.add(cached.serial_number);
    const status = statusBySerial.get(cached.serial_number);
    if (status !== undefined) joined.push({ cached, status });
  }
  return joined;
}
