import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { vcoEdgeObject, vcoHost } from './velocloud-schemas.js';

/** The edges of several enterprises (V7), flattened, `host` added; none → 404. */
export const velocloudRequestNetworkEnterpriseEdges = defineContract({
  subject: 'request.network.enterprise.edges',
  request: z.object({ host: vcoHost, enterprise_ids: z.array(z.number().int()) }),
  response: z.array(vcoEdgeObject.extend({ host: z.string() })),
  timeoutMs: 90_000,
  description: 'Edges of network enterprises (network/getNetworkEnterprises), host added to each',
});
