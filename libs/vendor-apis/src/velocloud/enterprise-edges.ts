import { z } from 'zod';
import { vcoDateTime, vcoEdgeState, vcoHaState, vcoLinkState, vcoVpnState } from './common.js';

/** V4 `enterprise/getEnterpriseEdges` body. */
export const vcoEnterpriseEdgesRequest = z.looseObject({
  enterpriseId: z.number().int(),
  with: z.array(z.string()).optional(),
});
export type VcoEnterpriseEdgesRequest = z.infer<typeof vcoEnterpriseEdgesRequest>;

/** A link of a V4 edge; readers use `interface` and `logicalId`. */
export const vcoEdgeLink = z.looseObject({
  id: z.number().int(),
  edgeId: z.number().int(),
  logicalId: z.string(),
  internalId: z.string().optional(),
  interface: z.string(),
  ipAddress: z.string().nullable(),
  networkSide: z.string().optional(),
  networkType: z.string().optional(),
  state: vcoLinkState.nullable(),
  vpnState: vcoVpnState.nullable(),
  isp: z.string().nullable().optional(),
  displayName: z.string().nullable().optional(),
  lastActive: vcoDateTime.nullable().optional(),
});
export type VcoEdgeLink = z.infer<typeof vcoEdgeLink>;

/** A standard VCO edge object (V4; V7 nests the same fields without `links`). */
export const vcoEdge = z.looseObject({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  siteId: z.number().int().nullable().optional(),
  serialNumber: z.string(),
  modelNumber: z.string().optional(),
  name: z.string(),
  edgeState: vcoEdgeState.nullable(),
  activationState: z.string().optional(),
  serviceState: z.string().optional(),
  haState: vcoHaState.nullable(),
  haSerialNumber: z.string().nullable(),
  lastContact: vcoDateTime.nullable().optional(),
  isHub: z.boolean().optional(),
  links: z.array(vcoEdgeLink).optional(),
});
export type VcoEdge = z.infer<typeof vcoEdge>;

export const vcoEnterpriseEdgesResponse = z.array(vcoEdge);
export type VcoEnterpriseEdgesResponse = z.infer<typeof vcoEnterpriseEdgesResponse>;
