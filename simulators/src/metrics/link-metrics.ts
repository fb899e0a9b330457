import type { FleetLink } from '../fleet/fleet-types.js';
import { mixInts, unitFromHash } from '../random/hash-mix.js';
import type { LinkDegradation } from '../state/degradation-store.js';
import { overlapMs, type Interval } from '../state/up-timeline.js';

/** Metrics are generated per 5-minute bucket, as VeloCloud samples them. */
export const METRIC_BUCKET_MS = 300_000;

export interface LinkMetricValues {
  bytesRx: number;
  bytesTx: number;
  packetsRx: number;
  packetsTx: number;
  totalBytes: number;
  totalPackets: number;
  bpsOfBestPathRx: number;
  bpsOfBestPathTx: number;
  bestLatencyMsRx: number;
  bestLatencyMsTx: number;
  bestJitterMsRx: number;
  bestJitterMsTx: number;
  bestLossPctRx: number;
  bestLossPctTx: number;
  scoreRx: number;
  scoreTx: number;
  signalStrength: number | null;
}

export interface LinkMetricsInput {
  link: FleetLink;
  /** Half-open interval [start, end), lab epoch ms. */
  start: number;
  end: number;
  /** When the link could carry traffic within the interval (edge up ∩ link up). */
  up: readonly Interval[];
  /** Degradations overlapping the interval. */
  degradations: readonly LinkDegradation[];
}

const RX_PACKET_BYTES = 700;
const TX_PACKET_BYTES = 400;

/**
 * The counters VeloCloud would report for a link over an interval: a pure function of the link
 * (its seed hash), the 5-minute buckets the interval covers and the time the link was up. A
 * degradation overlapping any part of the interval replaces the values it sets (latency, jitter,
 * loss; bandwidth use over the whole interval), so a degraded link shows in every interval that
 * overlaps the degradation and in no other. Null when the link carried no traffic at all.
 */
export function linkMetrics(input: LinkMetricsInput): LinkMetricValues | null {
  const { link, start, end, up, degradations } = input;
  const upMs = overlapMs(up, start, end);
  if (upMs <= 0) return null;
  const base = linkBaseline(link);
  let bytesRx = 0;
  let bytesTx = 0;
  let latencyRx = 0;
  let latencyTx = 0;
  let jitterRx = 0;
  let jitterTx = 0;
  let lossRx = 0;
  let lossTx = 0;
  for (
    let bucket = Math.floor(start / METRIC_BUCKET_MS);
    bucket * METRIC_BUCKET_MS < end;
    bucket += 1
  ) {
    const from = Math.max(start, bucket * METRIC_BUCKET_MS);
    const to = Math.min(end, (bucket + 1) * METRIC_BUCKET_MS);
    const weight = overlapMs(up, from, to);
    if (weight <= 0) continue;
    const noise = (salt: number): number => unitFromHash(mixInts(link.hash, bucket, salt));
    const seconds = weight / 1000;
    bytesRx += ((base.utilisation * (0.6 + 0.8 * noise(1)) * link.bpsOfBestPathRx) / 8) * seconds;
    bytesTx += ((base.utilisation * (0.5 + 0.8 * noise(2)) * link.bpsOfBestPathTx) / 8) * seconds;
    latencyRx += base.latency * (0.85 + 0.3 * noise(3)) * weight;
    latencyTx += base.latency * (0.85 + 0.3 * noise(4)) * weight;
    jitterRx += base.jitter * (0.7 + 0.6 * noise(5)) * weight;
    jitterTx += base.jitter * (0.7 + 0.6 * noise(6)) * weight;
    lossRx += base.loss * noise(7) * weight;
    lossTx += base.loss * noise(8) * weight;
  }
  const worst = worstOf(degradations);
  if (worst.bandwidthPct !== null) {
    const seconds = (end - start) / 1000;
    bytesRx = ((worst.bandwidthPct / 100) * link.bpsOfBestPathRx * seconds) / 8;
    bytesTx = ((worst.bandwidthPct / 100) * link.bpsOfBestPathTx * seconds) / 8;
  }
  const latency = (sum: number): number => worst.latencyMs ?? Math.round(sum / upMs);
  const jitter = (sum: number): number => worst.jitterMs ?? Math.round(sum / upMs);
  const loss = (sum: number): number => worst.lossPct ?? Math.round((sum / upMs) * 10) / 10;
  const rx = Math.round(bytesRx);
  const tx = Math.round(bytesTx);
  const packetsRx = Math.round(rx / RX_PACKET_BYTES);
  const packetsTx = Math.round(tx / TX_PACKET_BYTES);
  const values = {
    bytesRx: rx,
    bytesTx: tx,
    packetsRx,
    packetsTx,
    totalBytes: rx + tx,
    totalPackets: packetsRx + packetsTx,
    bpsOfBestPathRx: link.bpsOfBestPathRx,
    bpsOfBestPathTx: link.bpsOfBestPathTx,
    bestLatencyMsRx: latency(latencyRx),
    bestLatencyMsTx: latency(latencyTx),
    bestJitterMsRx: jitter(jitterRx),
    bestJitterMsTx: jitter(jitterTx),
    bestLossPctRx: loss(lossRx),
    bestLossPctTx: loss(lossTx),
    scoreRx: 0,
    scoreTx: 0,
    signalStrength: link.type === 'WIRELESS' ? base.signalStrength : null,
  };
  values.scoreRx = score(values.bestLatencyMsRx, values.bestJitterMsRx, values.bestLossPctRx);
  values.scoreTx = score(values.bestLatencyMsTx, values.bestJitterMsTx, values.bestLossPctTx);
  return values;
}

interface LinkBaseline {
  utilisation: number;
  latency: number;
  jitter: number;
  loss: number;
  signalStrength: number;
}

/** A link's typical values: well within every threshold the monitors use. */
function linkBaseline(link: FleetLink): LinkBaseline {
  const u = (salt: number): number => unitFromHash(mixInts(link.hash, -1, salt));
  const wireless = link.type === 'WIRELESS';
  return {
    utilisation: 0.05 + 0.3 * u(1),
    latency: wireless ? 35 + 45 * u(2) : 8 + 30 * u(2),
    jitter: wireless ? 4 + 10 * u(3) : 1 + 5 * u(3),
    loss: u(4) < 0.7 ? 0 : wireless ? 1.5 * u(5) : 0.6 * u(5),
    signalStrength: -Math.round(60 + 30 * u(6)),
  };
}

interface WorstDegradation {
  latencyMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
  bandwidthPct: number | null;
}

function worstOf(degradations: readonly LinkDegradation[]): WorstDegradation {
  const max = (pick: (d: LinkDegradation) => number | null): number | null =>
    degradations.reduce<number | null>((acc, d) => {
      const value = pick(d);
      return value === null ? acc : Math.max(acc ?? value, value);
    }, null);
  return {
    latencyMs: max((d) => d.latencyMs),
    jitterMs: max((d) => d.jitterMs),
    lossPct: max((d) => d.lossPct),
    bandwidthPct: max((d) => d.bandwidthPct),
  };
}

/** A MOS-like score in [1, 4.4]. */
function score(latency: number, jitter: number, loss: number): number {
  const raw = 4.4 - latency / 100 - jitter / 50 - loss / 5;
  return Math.round(Math.min(4.4, Math.max(1, raw)) * 10) / 10;
}
