import { z } from 'zod';
import { vcoInterval } from './common.js';
import { vcoEdgeLinkStatusRow } from './link-status.js';

/** V2 `monitoring/getAggregateEdgeLinkMetrics` body. */
export const vcoLinkMetricsRequest = z.looseObject({ interval: vcoInterval });
export type VcoLinkMetricsRequest = z.infer<typeof vcoLinkMetricsRequest>;

const counter = z.number().nonnegative();
const optionalCounter = counter.optional();

/** One V2 element: the counters of a link over the interval, and `link` (a full V1 row). */
export const vcoLinkMetric = z.looseObject({
  linkId: z.number().int(),
  name: z.string().nullable(),
  bytesTx: counter,
  bytesRx: counter,
  packetsTx: counter,
  packetsRx: counter,
  totalBytes: counter,
  totalPackets: counter,
  bpsOfBestPathRx: counter,
  bpsOfBestPathTx: counter,
  bestJitterMsRx: counter,
  bestJitterMsTx: counter,
  bestLatencyMsRx: counter,
  bestLatencyMsTx: counter,
  bestLossPctRx: counter,
  bestLossPctTx: counter,
  scoreTx: z.number().optional(),
  scoreRx: z.number().optional(),
  signalStrength: z.number().nullable().optional(),
  state: z.number().int().optional(),
  p1BytesRx: optionalCounter,
  p1BytesTx: optionalCounter,
  p1PacketsRx: optionalCounter,
  p1PacketsTx: optionalCounter,
  p2BytesRx: optionalCounter,
  p2BytesTx: optionalCounter,
  p2PacketsRx: optionalCounter,
  p2PacketsTx: optionalCounter,
  p3BytesRx: optionalCounter,
  p3BytesTx: optionalCounter,
  p3PacketsRx: optionalCounter,
  p3PacketsTx: optionalCounter,
  controlBytesRx: optionalCounter,
  controlBytesTx: optionalCounter,
  controlPacketsRx: optionalCounter,
  controlPacketsTx: optionalCounter,
  link: vcoEdgeLinkStatusRow,
});
export type VcoLinkMetric = z.infer<typeof vcoLinkMetric>;

export const vcoLinkMetricsResponse = z.array(vcoLinkMetric);
export type VcoLinkMetricsResponse = z.infer<typeof vcoLinkMetricsResponse>;

/** Metric names accepted by V6 series (same names as the V2 counters). */
export const VCO_LINK_METRIC_NAMES = [
  'bytesRx',
  'bytesTx',
  'packetsRx',
  'packetsTx',
  'totalBytes',
  'totalPackets',
  'bpsOfBestPathRx',
  'bpsOfBestPathTx',
  'bestJitterMsRx',
  'bestJitterMsTx',
  'bestLatencyMsRx',
  'bestLatencyMsTx',
  'bestLossPctRx',
  'bestLossPctTx',
  'scoreRx',
  'scoreTx',
] as const;
export type VcoLinkMetricName = (typeof VCO_LINK_METRIC_NAMES)[number];
