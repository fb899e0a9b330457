import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { vcoHost } from './velocloud-schemas.js';

export const networkGateway = z.object({
  host: z.string(),
  id: z.number().int(),
  name: z.string(),
  status: z.string(),
});
export type NetworkGateway = z.infer<typeof networkGateway>;

/** The gateways of a VCO host (V8) as `{host, id, name, status}`. */
export const velocloudRequestNetworkGatewayList = defineContract({
  subject: 'request.network.gateway.list',
  request: z.object({ host: vcoHost }),
  response: z.array(networkGateway),
  timeoutMs: 90_000,
  description: 'Gateways of a VCO host (network/getNetworkGateways)',
});
