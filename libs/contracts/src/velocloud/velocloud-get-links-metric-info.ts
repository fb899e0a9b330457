import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { linkWithEdgeInfo, vcoHost, vcoIntervalInput } from './velocloud-schemas.js';

const counter = z.number();

/** One link's counters over an interval (V2), `link` a V1 row with `host`. */
export const linkMetricInfo = z.looseObject({
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
  link: linkWithEdgeInfo,
});
export type LinkMetricInfo = z.infer<typeof linkMetricInfo>;

/** Link metrics of every edge of a host over an interval; often over 1 MiB (claim-check). */
export const velocloudGetLinksMetricInfo = defineContract({
  subject: 'get.links.metric.info',
  request: z.object({ host: vcoHost, interval: vcoIntervalInput }),
  response: z.array(linkMetricInfo),
  timeoutMs: 90_000,
  description:
    'Aggregate link metrics of a VCO host for an interval (monitoring/getAggregateEdgeLinkMetrics), link.host added',
});
