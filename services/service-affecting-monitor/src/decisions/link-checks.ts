import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo } from '@automation-engine/contracts/velocloud';
import type { Thresholds } from '../model.js';

/** Which directions of a link are in trouble (spec §3.3: "within" is strictly below). */
export interface DirectionTrouble {
  rx: boolean;
  tx: boolean;
}

/** Latency trouble per direction: `bestLatencyMsRx/Tx` at or above the threshold. */
export function latencyTrouble(m: LinkMetricInfo, t: Thresholds): DirectionTrouble {
  return { rx: m.bestLatencyMsRx >= t.latencyMs, tx: m.bestLatencyMsTx >= t.latencyMs };
}

/** Packet-loss trouble per direction: `bestLossPctRx/Tx` at or above the threshold. */
export function packetLossTrouble(m: LinkMetricInfo, t: Thresholds): DirectionTrouble {
  return { rx: m.bestLossPctRx >= t.packetLoss, tx: m.bestLossPctTx >= t.packetLoss };
}

/** Jitter trouble per direction: `bestJitterMsRx/Tx` at or above the threshold. */
export function jitterTrouble(m: LinkMetricInfo, t: Thresholds): DirectionTrouble {
  return { rx: m.bestJitterMsRx >= t.jitterMs, tx: m.bestJitterMsTx >= t.jitterMs };
}

/** Average bits per second of `bytes` over `lookupMinutes`. */
export function throughputBps(bytes: number, lookupMinutes: number): number {
  return (bytes * 8) / (lookupMinutes * 60);
}

/** Share of `bandwidthBps` used by `bytes` over `lookupMinutes`, in percent. */
export function usagePercent(bytes: number, bandwidthBps: number, lookupMinutes: number): number {
  return (throughputBps(bytes, lookupMinutes) / bandwidthBps) * 100;
}

/**
 * Bandwidth over-utilisation per direction: usage % of the direction's best-path bps at or above
 * the threshold. A direction whose bps is not positive is never in trouble; null when neither is
 * (the check does not apply to this link).
 */
export function bandwidthTrouble(
  m: LinkMetricInfo,
  t: Thresholds,
  lookupMinutes: number,
): DirectionTrouble | null {
  const rxValid = m.bpsOfBestPathRx > 0;
  const txValid = m.bpsOfBestPathTx > 0;
  if (!rxValid && !txValid) return null;
  return {
    rx: rxValid && usagePercent(m.bytesRx, m.bpsOfBestPathRx, lookupMinutes) >= t.bandwidthPct,
    tx: txValid && usagePercent(m.bytesTx, m.bpsOfBestPathTx, lookupMinutes) >= t.bandwidthPct,
  };
}

/** The `type` of the links-configuration entry holding `iface` (the last one, as the original). */
export function linkKindOf(cached: CustomerCacheEntry, iface: string): 'WIRED' | 'WIRELESS' | null {
  let kind: 'WIRED' | 'WIRELESS' | null = null;
  for (const configuration of cached.links_configuration) {
    if (!configuration.interfaces.includes(iface)) continue;
    if (configuration.type === 'WIRED' || configuration.type === 'WIRELESS') {
      kind = configuration.type;
    } else {
      kind = null;
    }
  }
  return kind;
}

/** Bandwidth checks are off on `metvco04.mettel.net` and for the disabled clients. */
export function bandwidthChecked(
  host: string,
  clientId: number | null,
  disabledClients: readonly number[],
): boolean {
  return (
    host !== 'metvco04.mettel.net' && (clientId === null || !disabledClients.includes(clientId))
  );
}

/** Either direction in trouble. */
export function anyDirection(trouble: DirectionTrouble | null): boolean {
  return trouble !== null && (trouble.rx || trouble.tx);
}
