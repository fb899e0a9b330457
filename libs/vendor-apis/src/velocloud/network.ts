import { z } from 'zod';
import { vcoGatewayState, vcoInterval } from './common.js';
import { vcoEdge } from './enterprise-edges.js';

/** V7 `network/getNetworkEnterprises` body; an empty `enterprises` list means all of them. */
export const vcoNetworkEnterprisesRequest = z.looseObject({
  enterprises: z.array(z.number().int()).optional(),
  with: z.array(z.string()).optional(),
});
export type VcoNetworkEnterprisesRequest = z.infer<typeof vcoNetworkEnterprisesRequest>;

export const vcoNetworkEnterprise = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  edgeCount: z.number().int().optional(),
  edges: z.array(vcoEdge).optional(),
});
export type VcoNetworkEnterprise = z.infer<typeof vcoNetworkEnterprise>;

export const vcoNetworkEnterprisesResponse = z.array(vcoNetworkEnterprise);
export type VcoNetworkEnterprisesResponse = z.infer<typeof vcoNetworkEnterprisesResponse>;

/** V8 `network/getNetworkGateways` (body `{}`). */
export const vcoGateway = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  gatewayState: vcoGatewayState,
  ipAddress: z.string().nullable().optional(),
});
export type VcoGateway = z.infer<typeof vcoGateway>;

export const vcoGatewaysResponse = z.array(vcoGateway);
export type VcoGatewaysResponse = z.infer<typeof vcoGatewaysResponse>;

/** V9 `metrics/getGatewayStatusMetrics` body. */
export const vcoGatewayStatusMetricsRequest = z.looseObject({
  gatewayId: z.number().int(),
  interval: vcoInterval,
  metrics: z.array(z.string()).min(1),
});
export type VcoGatewayStatusMetricsRequest = z.infer<typeof vcoGatewayStatusMetricsRequest>;

/** V9 answer: an object keyed by metric name. */
export const vcoGatewayStatusMetricsResponse = z.record(
  z.string(),
  z.looseObject({ min: z.number(), max: z.number(), average: z.number() }),
);
export type VcoGatewayStatusMetricsResponse = z.infer<typeof vcoGatewayStatusMetricsResponse>;

/** V10 `monitoring/getAggregates` (body `{}`); only `enterprises[].name` is read. */
export const vcoAggregatesResponse = z.looseObject({
  edgeCount: z.number().int().optional(),
  enterprises: z.array(z.looseObject({ id: z.number().int(), name: z.string() })),
});
export type VcoAggregatesResponse = z.infer<typeof vcoAggregatesResponse>;
