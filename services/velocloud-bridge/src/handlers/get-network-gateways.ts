import type { velocloudRequestNetworkGatewayList } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoGatewaysResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.network.gateway.list`: a host's gateways (V8) as `{host, id, name, status}`. */
export function getNetworkGateways(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestNetworkGatewayList> {
  return async ({ host }) => {
    const gateways = await deps.hosts.client(host).post({
      path: 'gateways',
      body: {},
      schema: vcoGatewaysResponse,
      reword400: (message) => `Got 400 from Velocloud -> ${message} for host ${host}`,
    });
    return {
      status: 200,
      body: gateways.map((gateway) => ({
        host,
        id: gateway.id,
        name: gateway.name,
        status: gateway.gatewayState,
      })),
    };
  };
}
