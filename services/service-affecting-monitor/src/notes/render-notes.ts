import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo } from '@automation-engine/contracts/velocloud';
import { NOTE_HEADER } from '@automation-engine/monitoring';
import {
  bandwidthTrouble,
  jitterTrouble,
  latencyTrouble,
  packetLossTrouble,
  throughputBps,
} from '../decisions/link-checks.js';
import { lookupMinutesOf, type LookupMinutes, type Thresholds, type Trouble } from '../model.js';
import { pythonCapitalize, pythonFloat, pythonText, pythonTimestamp } from './python-format.js';

/** Everything a trouble note tells about one link. */
export interface TroubleNoteSpec {
  trouble: Trouble;
  cached: CustomerCacheEntry;
  metrics: LinkMetricInfo;
  /** LINK_DEAD events of the link (circuit instability). */
  eventCount: number;
  thresholds: Thresholds;
  lookupMinutes: LookupMinutes;
  now: Date;
  timezone: string;
  /** The reopen variant (`Re-opening ticket.` after the header). */
  reopen?: boolean;
}

/**
 * Bits per second in the original's units: bps below 1,000, then Kbps, Mbps, Gbps, rounded to 3
 * decimals. `integer` values below 1,000 print without a decimal part (Python `round(int, 3)`).
 */
export function humanizeBps(bps: number, integer = false): string {
  if (bps >= 1e9) return `${pythonFloat(bps / 1e9)} Gbps`;
  if (bps >= 1e6) return `${pythonFloat(bps / 1e6)} Mbps`;
  if (bps >= 1e3) return `${pythonFloat(bps / 1e3)} Kbps`;
  return integer && Number.isInteger(bps) ? `${String(bps)} bps` : `${pythonFloat(bps)} bps`;
}

/** `Public Wired` from the first links-configuration entry holding the interface, else `Unknown`. */
export function linkTypeText(cached: CustomerCacheEntry, iface: string): string {
  const configuration = cached.links_configuration.find((c) => c.interfaces.includes(iface));
  if (configuration === undefined) return 'Unknown';
  return `${pythonCapitalize(configuration.mode)} ${pythonCapitalize(configuration.type)}`;
}

function vcoLinks(cached: CustomerCacheEntry, withEvents: boolean): string {
  const { host, enterprise_id: enterpriseId, edge_id: edgeId } = cached.edge;
  const base = `https://${host}/#!/operator/customer/${String(enterpriseId)}/monitor`;
  const edge = `${base}/edge/${String(edgeId)}`;
  const links = `Links: [Edge|${edge}/] - [QoE|${edge}/qoe/] - [Transport|${edge}/links/]`;
  return withEvents ? `${links} - [Events|${base}/events/]` : links;
}

function measureLines(spec: TroubleNoteSpec, minutes: number): string[] {
  const { metrics: m, thresholds: t } = spec;
  switch (spec.trouble) {
    case 'Latency': {
      const over = latencyTrouble(m, t);
      return [
        `Threshold: ${String(t.latencyMs)} ms`,
        ...(over.rx ? [`Receive: ${String(m.bestLatencyMsRx)} ms`] : []),
        ...(over.tx ? [`Transfer: ${String(m.bestLatencyMsTx)} ms`] : []),
      ];
    }
    case 'Packet Loss': {
      const over = packetLossTrouble(m, t);
      return [
        `Threshold: ${String(t.packetLoss)} packets`,
        ...(over.rx ? [`Receive: ${String(m.bestLossPctRx)} packets`] : []),
        ...(over.tx ? [`Transfer: ${String(m.bestLossPctTx)} packets`] : []),
      ];
    }
    case 'Jitter': {
      const over = jitterTrouble(m, t);
      return [
        `Threshold: ${String(t.jitterMs)} ms`,
        ...(over.rx ? [`Receive: ${String(m.bestJitterMsRx)} ms`] : []),
        ...(over.tx ? [`Transfer: ${String(m.bestJitterMsTx)} ms`] : []),
      ];
    }
    case 'Bandwidth Over Utilization': {
      const over = bandwidthTrouble(m, t, minutes) ?? { rx: false, tx: false };
      const lines: string[] = [];
      // Rx is what the site uploads and Tx what it downloads, in the original's words.
      const direction = (name: string, bytes: number, bps: number) => [
        `${name} Throughput: ${humanizeBps(throughputBps(bytes, minutes))}`,
        `${name} Bandwidth: ${humanizeBps(bps, true)}`,
        `${name} Threshold: ${String(t.bandwidthPct)}% (${humanizeBps((t.bandwidthPct / 100) * bps)})`,
      ];
      if (over.rx) lines.push(...direction('Upload', m.bytesRx, m.bpsOfBestPathRx));
      if (over.tx) lines.push(...direction('Download', m.bytesTx, m.bpsOfBestPathTx));
      return lines;
    }
    case 'Circuit Instability':
      return [
        `Threshold: ${String(t.circuitInstabilityEvents)} events`,
        `Events: ${String(spec.eventCount)}`,
      ];
  }
}

/** The trouble note of a link (spec §3.7), or its reopen variant. */
export function renderTroubleNote(spec: TroubleNoteSpec): string {
  const link = spec.metrics.link;
  const iface = link.interface ?? '';
  const minutes = lookupMinutesOf(spec.trouble, spec.lookupMinutes);
  return [
    NOTE_HEADER,
    ...(spec.reopen === true ? ['Re-opening ticket.', ''] : []),
    `Trouble: ${spec.trouble}`,
    '',
    `Edge Name: ${pythonText(link.edgeName)}`,
    `Name: ${pythonText(link.displayName)}`,
    `Interface: ${pythonText(link.interface)}`,
    `IP Address: ${pythonText(link.linkIpAddress)}`,
    `Link Type: ${linkTypeText(spec.cached, iface)}`,
    '',
    `Interval for Scan: ${String(minutes)} minutes`,
    ...measureLines(spec, minutes),
    '',
    `Scan Time: ${pythonTimestamp(spec.now, spec.timezone)}`,
    vcoLinks(spec.cached, spec.trouble !== 'Circuit Instability'),
  ].join('\n');
}

/** The note of a task moved to ASR Investigate (spec §3.7). */
export function renderAsrNote(spec: {
  iface: string | null;
  label: string | null;
  linkState: string | null;
  now: Date;
  timezone: string;
}): string {
  return [
    NOTE_HEADER,
    `Status of Wired Link ${pythonText(spec.iface)} (${pythonText(spec.label)}) is ${pythonText(spec.linkState)}.`,
    'Moving task to: ASR Investigate',
    `TimeStamp: ${pythonTimestamp(spec.now, spec.timezone)}`,
  ].join('\n');
}

/** The note that goes with a BYOB acknowledgement or reminder e-mail. */
export function renderReminderNote(): string {
  return [NOTE_HEADER, 'Client Reminder'].join('\n');
}
