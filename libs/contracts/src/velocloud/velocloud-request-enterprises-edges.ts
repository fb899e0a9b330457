import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { vcoEdgeObject, vcoHost } from './velocloud-schemas.js';

/** The edges of one enterprise with their links (V4): callers read `id` and `links[].logicalId`. */
export const velocloudRequestEnterprisesEdges = defineContract({
  subject: 'request.enterprises.edges',
  request: z.object({ host: vcoHost, enterprise_id: z.number().int() }),
  response: z.array(vcoEdgeObject),
  timeoutMs: 300_000,
  description: 'Edges of an enterprise with links (enterprise/getEnterpriseEdges)',
});
