import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo, VcoEventRecord } from '@automation-engine/contracts/velocloud';
import {
  anyDirection,
  bandwidthChecked,
  bandwidthTrouble,
  jitterTrouble,
  latencyTrouble,
  linkKindOf,
  packetLossTrouble,
} from '../decisions/link-checks.js';
import type { AffectingSettings } from '../model.js';

const EVENT_INTERFACE = /^(?:Interface (\w+) is (?:up|down)|Link (\w+) is (?:no longer|now) DEAD)$/;

/** The interface an event names (`Interface GE1 is down`, `Link GE1 is now DEAD`); null if none. */
export function eventInterface(message: string | null | undefined): string | null {
  const match = EVENT_INTERFACE.exec(message ?? '');
  return match?.[1] ?? match?.[2] ?? null;
}

/** `serial → interface → LINK_DEAD count`, events matched to cached edges by edge name. */
export function countEventsBySerialAndInterface(
  events: readonly VcoEventRecord[],
  edges: readonly Pick<CustomerCacheEntry, 'edge_name' | 'serial_number'>[],
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const event of events) {
    const edge = edges.find((cached) => cached.edge_name === event.edgeName);
    const iface = eventInterface(event.message);
    if (edge === undefined || iface === null) continue;
    const bySerial = counts.get(edge.serial_number) ?? new Map<string, number>();
    bySerial.set(iface, (bySerial.get(iface) ?? 0) + 1);
    counts.set(edge.serial_number, bySerial);
  }
  return counts;
}

export type StabilitySettings = Pick<
  AffectingSettings,
  | 'wired'
  | 'wireless'
  | 'autoresolveLookupMinutes'
  | 'circuitInstabilityAutoresolveThreshold'
  | 'customersWithBandwidthDisabled'
>;

/**
 * Why an edge is not stable (null when it is): every link within latency, loss and jitter for
 * its kind, fewer LINK_DEAD events than the auto-resolve threshold, and — when bandwidth applies
 * and both directions report a best-path bps — bandwidth within over the look-back window.
 */
export function instabilityOf(spec: {
  cached: CustomerCacheEntry;
  links: readonly LinkMetricInfo[];
  events: ReadonlyMap<string, number> | undefined;
  settings: StabilitySettings;
}): string | null {
  const { cached, settings } = spec;
  const clientId = cached.bruin_client_info.client_id;
  const checkBandwidth =
    clientId === null
      ? bandwidthChecked(cached.edge.host, Number.NaN, [])
      : bandwidthChecked(cached.edge.host, clientId, settings.customersWithBandwidthDisabled);
  for (const metrics of spec.links) {
    const iface = metrics.link.interface ?? '';
    const thresholds =
      linkKindOf(cached, iface) === 'WIRELESS'
        ? settings.wireless.thresholds
        : settings.wired.thresholds;
    const where = `link ${iface}`;
    if (anyDirection(latencyTrouble(metrics, thresholds))) {
      return `${where}: latency not within threshold`;
    }
    if (anyDirection(packetLossTrouble(metrics, thresholds))) {
      return `${where}: packet loss not within threshold`;
    }
    if (anyDirection(jitterTrouble(metrics, thresholds))) {
      return `${where}: jitter not within threshold`;
    }
    const events = spec.events?.get(iface) ?? 0;
    if (events >= settings.circuitInstabilityAutoresolveThreshold) {
      return `${where}: ${String(events)} LINK_DEAD events`;
    }
    if (checkBandwidth && metrics.bpsOfBestPathRx > 0 && metrics.bpsOfBestPathTx > 0) {
      const bandwidth = bandwidthTrouble(metrics, thresholds, settings.autoresolveLookupMinutes);
      if (anyDirection(bandwidth)) {
        return `${where}: bandwidth not within threshold`;
      }
    }
  }
  return null;
}
