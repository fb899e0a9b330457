import { z } from 'zod';
import { vcoDateTime, vcoEdgeState, vcoLinkState, vcoVpnState } from './common.js';

/**
 * One V1 row: one per link, with the edge and enterprise flattened in. An edge without links
 * appears once with null link fields.
 */
export const vcoEdgeLinkStatusRow = z.looseObject({
  enterpriseName: z.string(),
  enterpriseId: z.number().int(),
  enterpriseProxyId: z.number().int().nullable(),
  enterpriseProxyName: z.string().nullable(),
  edgeName: z.string(),
  edgeState: vcoEdgeState.nullable(),
  edgeSystemUpSince: vcoDateTime.nullable(),
  edgeServiceUpSince: vcoDateTime.nullable(),
  edgeLastContact: vcoDateTime,
  edgeId: z.number().int(),
  edgeSerialNumber: z.string(),
  edgeHASerialNumber: z.string().nullable(),
  edgeModelNumber: z.string(),
  edgeLatitude: z.number().nullable(),
  edgeLongitude: z.number().nullable(),
  displayName: z.string().nullable(),
  isp: z.string().nullable(),
  interface: z.string().nullable(),
  internalId: z.string().nullable(),
  linkState: vcoLinkState.nullable(),
  linkLastActive: vcoDateTime.nullable(),
  linkVpnState: vcoVpnState.nullable(),
  linkId: z.number().int().nullable(),
  linkIpAddress: z.string().nullable(),
});
export type VcoEdgeLinkStatusRow = z.infer<typeof vcoEdgeLinkStatusRow>;

/** V1 `monitoring/getEnterpriseEdgeLinkStatus` (body `{}`) → rows. */
export const vcoEdgeLinkStatusResponse = z.array(vcoEdgeLinkStatusRow);
export type VcoEdgeLinkStatusResponse = z.infer<typeof vcoEdgeLinkStatusResponse>;
