import { EngineError } from '@automation-engine/contracts';
import type { velocloudRequestNetworkEnterpriseEdges } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoNetworkEnterprisesResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.network.enterprise.edges`: the edges of several enterprises (V7), flattened. */
export function getNetworkEnterpriseEdges(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestNetworkEnterpriseEdges> {
  return async ({ host, enterprise_ids }) => {
    const ids = `[${enterprise_ids.join(', ')}]`;
    const enterprises = await deps.hosts.client(host).post({
      path: 'networkEnterprises',
      body: { enterprises: enterprise_ids, with: ['edges'] },
      schema: vcoNetworkEnterprisesResponse,
      reword400: (message) => `Got 400 from Velocloud --> ${message} for enterprise ids: ${ids}`,
    });
    const edges = enterprises.flatMap((enterprise) =>
      (enterprise.edges ?? []).map((edge) => Object.assign(edge, { host })),
    );
    if (edges.length === 0) {
      throw new EngineError(
        'NOT_FOUND',
        `No edges found for host ${host} and enterprise ids ${ids}`,
      );
    }
    return { status: 200, body: edges };
  };
}
