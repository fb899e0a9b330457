import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { linkWithEdgeInfo, vcoHost } from './velocloud-schemas.js';

/** Every link of a VCO host with its edge and enterprise (V1); often over 1 MiB (claim-check). */
export const velocloudGetLinksWithEdgeInfo = defineContract({
  subject: 'get.links.with.edge.info',
  request: z.object({ host: vcoHost }),
  response: z.array(linkWithEdgeInfo),
  timeoutMs: 300_000,
  description:
    'Link-status rows of every edge of a VCO host (monitoring/getEnterpriseEdgeLinkStatus), host added to each',
});
