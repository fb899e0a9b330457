import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { vcoHost, vcoIntervalInput } from './velocloud-schemas.js';

/** Metric series per link of an edge (V6), forwarded and answered as is. */
export const velocloudRequestEdgeLinksSeries = defineContract({
  subject: 'request.edge.links.series',
  request: z.object({
    host: vcoHost,
    payload: z.looseObject({
      enterpriseId: z.number().int(),
      edgeId: z.number().int(),
      interval: vcoIntervalInput,
      metrics: z.array(z.string()),
    }),
  }),
  response: z.array(
    z.looseObject({ linkId: z.number().int(), series: z.array(z.looseObject({})) }),
  ),
  timeoutMs: 120_000,
  description: 'Link series of an edge (metrics/getEdgeLinkSeries), payload forwarded as is',
});
