import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { vcoHost, vcoIntervalInput } from './velocloud-schemas.js';

/** Status metrics of one gateway over an interval (V9): an object keyed by metric name. */
export const velocloudRequestGatewayStatusMetrics = defineContract({
  subject: 'request.gateway.status.metrics',
  request: z.object({
    host: vcoHost,
    gateway_id: z.number().int(),
    interval: vcoIntervalInput,
    metrics: z.array(z.string()).min(1),
  }),
  response: z.record(
    z.string(),
    z.looseObject({ min: z.number(), max: z.number(), average: z.number() }),
  ),
  timeoutMs: 90_000,
  description: 'Gateway status metrics (metrics/getGatewayStatusMetrics)',
});
