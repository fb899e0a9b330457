import { z } from 'zod';
import { vcoLinkMode, vcoLinkType } from './common.js';

/** V5 `edge/getEdgeConfigurationModules` body. */
export const vcoConfigurationModulesRequest = z.looseObject({
  enterpriseId: z.number().int(),
  edgeId: z.number().int(),
  modules: z.array(z.string()).optional(),
});
export type VcoConfigurationModulesRequest = z.infer<typeof vcoConfigurationModulesRequest>;

/** One WAN link configuration; "wireless link" = its interface is in a WIRELESS entry. */
export const vcoWanLinkConfig = z.looseObject({
  logicalId: z.string(),
  internalId: z.string().optional(),
  discovery: z.string().optional(),
  mode: vcoLinkMode,
  type: vcoLinkType,
  name: z.string().nullable().optional(),
  isp: z.string().nullable().optional(),
  publicIpAddress: z.string().nullable().optional(),
  interfaces: z.array(z.string()),
});
export type VcoWanLinkConfig = z.infer<typeof vcoWanLinkConfig>;

export const vcoWanModule = z.looseObject({
  version: z.string().optional(),
  schemaVersion: z.string().optional(),
  type: z.string().optional(),
  data: z.looseObject({
    networks: z.array(z.unknown()).optional(),
    links: z.array(vcoWanLinkConfig).optional(),
  }),
});
export type VcoWanModule = z.infer<typeof vcoWanModule>;

/** V5 answer; no `WAN` module or no `links` → the bridge answers 404. */
export const vcoConfigurationModulesResponse = z.looseObject({ WAN: vcoWanModule.optional() });
export type VcoConfigurationModulesResponse = z.infer<typeof vcoConfigurationModulesResponse>;
