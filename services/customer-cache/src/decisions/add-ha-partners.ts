import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';

/**
 * The entries plus, for each HA pair, a copy with `serial_number` and `ha_serial_number` swapped,
 * so the standby's serial finds the edge too (spec §10.2).
 */
export function addHaPartners(entries: readonly CustomerCacheEntry[]): CustomerCacheEntry[] {
  const partners: CustomerCacheEntry[] = [];
  for (const entry of entries) {
    if (entry.ha_serial_number === null) continue;
    partners.push({
      ...entry,
      serial_number: entry.ha_serial_number,
      ha_serial_number: entry.serial_number,
    });
  }
  return [...entries, ...partners];
}
