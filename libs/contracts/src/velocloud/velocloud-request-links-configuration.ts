import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { edgeIdentifier } from './velocloud-schemas.js';

/** One WAN link configuration: "wireless link" = its interface is listed in a WIRELESS entry. */
export const linkConfiguration = z.looseObject({
  interfaces: z.array(z.string()),
  mode: z.string(),
  type: z.string(),
  logicalId: z.string().nullable().optional(),
});
export type LinkConfiguration = z.infer<typeof linkConfiguration>;

/**
 * `WAN.data.links` of an edge (V5). No WAN module, or none of its links → 404. The original's
 * callers send the edge identifier, sometimes with `enterprise_name`; extra keys are ignored.
 */
export const velocloudRequestLinksConfiguration = defineContract({
  subject: 'request.links.configuration',
  request: edgeIdentifier,
  response: z.array(linkConfiguration),
  timeoutMs: 90_000,
  description: 'WAN links configuration of an edge (edge/getEdgeConfigurationModules)',
});
