import type { velocloudRequestGatewayStatusMetrics } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoGatewayStatusMetricsResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.gateway.status.metrics`: a gateway's status metrics over an interval (V9). */
export function getGatewayStatusMetrics(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestGatewayStatusMetrics> {
  return async ({ host, gateway_id, interval, metrics }) => {
    const answer = await deps.hosts.client(host).post({
      path: 'gatewayStatusMetrics',
      body: { gatewayId: gateway_id, interval, metrics },
      schema: vcoGatewayStatusMetricsResponse,
      reword400: (message) =>
        `Got 400 from Velocloud -> ${message} for gateway ${String(gateway_id)} and host ${host}`,
    });
    return { status: 200, body: answer };
  };
}
