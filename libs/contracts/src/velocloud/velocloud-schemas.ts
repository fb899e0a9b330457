import { z } from 'zod';

/**
 * Pieces shared by the velocloud-bridge subjects. Vendor answers are parsed by the bridge with
 * `@automation-engine/vendor-apis`; these describe what travels on the bus (the vendor's objects
 * plus the `host` the bridge adds), typed on the fields callers read and loose on the rest.
 */

/** A VCO host name, as in `VELOCLOUD_CREDENTIALS` (`mettel.velocloud.net`). */
export const vcoHost = z.string().min(1);

/** A date bound forwarded to VeloCloud exactly as sent: ISO text, Python `str(datetime)`, epoch ms. */
export const vcoTimeBoundInput = z.union([z.string().min(1), z.number()]);

/** `{start, end}`, forwarded as sent. */
export const vcoIntervalInput = z.looseObject({ start: vcoTimeBoundInput, end: vcoTimeBoundInput });

/** The identity of an edge across the engine: host + enterprise + edge (ints are per host). */
export const edgeIdentifier = z.object({
  host: vcoHost,
  enterprise_id: z.number().int(),
  edge_id: z.number().int(),
});
export type EdgeIdentifier = z.infer<typeof edgeIdentifier>;

/** One V1 row with the `host` the bridge adds: one per link, edge and enterprise flattened in. */
export const linkWithEdgeInfo = z.looseObject({
  host: z.string(),
  enterpriseName: z.string(),
  enterpriseId: z.number().int(),
  enterpriseProxyId: z.number().int().nullable(),
  enterpriseProxyName: z.string().nullable(),
  edgeName: z.string().nullable(),
  edgeState: z.string().nullable(),
  edgeSystemUpSince: z.string().nullable(),
  edgeServiceUpSince: z.string().nullable(),
  edgeLastContact: z.string().nullable(),
  edgeId: z.number().int(),
  edgeSerialNumber: z.string(),
  edgeHASerialNumber: z.string().nullable(),
  edgeModelNumber: z.string().nullable(),
  edgeLatitude: z.number().nullable(),
  edgeLongitude: z.number().nullable(),
  displayName: z.string().nullable(),
  isp: z.string().nullable(),
  interface: z.string().nullable(),
  internalId: z.string().nullable(),
  linkState: z.string().nullable(),
  linkLastActive: z.string().nullable(),
  linkVpnState: z.string().nullable(),
  linkId: z.number().int().nullable(),
  linkIpAddress: z.string().nullable(),
});
export type LinkWithEdgeInfo = z.infer<typeof linkWithEdgeInfo>;

/** A standard VCO edge object (V4 with `links`, V7 without and with `host`). */
export const vcoEdgeObject = z.looseObject({
  id: z.number().int(),
  enterpriseId: z.number().int().optional(),
  serialNumber: z.string().nullable(),
  name: z.string().nullable().optional(),
  edgeState: z.string().nullable().optional(),
  haState: z.string().nullable().optional(),
  haSerialNumber: z.string().nullable().optional(),
  lastContact: z.string().nullable().optional(),
  links: z
    .array(z.looseObject({ interface: z.string(), logicalId: z.string().nullable() }))
    .optional(),
});
export type VcoEdgeObject = z.infer<typeof vcoEdgeObject>;

/** A VeloCloud event (V3 `data[]`). */
export const vcoEventRecord = z.looseObject({
  id: z.number().int(),
  eventTime: z.string(),
  event: z.string(),
  category: z.string().nullable(),
  severity: z.string().nullable(),
  message: z.string().nullable(),
  edgeName: z.string().nullable(),
});
export type VcoEventRecord = z.infer<typeof vcoEventRecord>;
