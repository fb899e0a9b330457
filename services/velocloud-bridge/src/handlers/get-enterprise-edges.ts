import type { velocloudRequestEnterprisesEdges } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoEnterpriseEdgesResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.enterprises.edges`: the edges of an enterprise with their links (V4). */
export function getEnterpriseEdges(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestEnterprisesEdges> {
  return async ({ host, enterprise_id }) => {
    const edges = await deps.hosts.client(host).post({
      path: 'enterpriseEdges',
      body: { enterpriseId: enterprise_id, with: ['links'] },
      schema: vcoEnterpriseEdgesResponse,
    });
    return { status: 200, body: edges };
  };
}
