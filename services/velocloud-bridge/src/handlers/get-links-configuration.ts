import { EngineError } from '@automation-engine/contracts';
import type { velocloudRequestLinksConfiguration } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoConfigurationModulesResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.links.configuration`: the WAN links of an edge's configuration (V5). */
export function getLinksConfiguration(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestLinksConfiguration> {
  return async (edge) => {
    const edgeText = JSON.stringify(edge);
    const modules = await deps.hosts.client(edge.host).post({
      path: 'configurationModules',
      body: { enterpriseId: edge.enterprise_id, edgeId: edge.edge_id, modules: ['WAN'] },
      schema: vcoConfigurationModulesResponse,
      reword400: (message) => `Got 400 from Velocloud -> ${message} for edge ${edgeText}`,
    });
    if (modules.WAN === undefined) {
      throw new EngineError('NOT_FOUND', `No WAN module was found for edge ${edgeText}`);
    }
    const links = modules.WAN.data.links ?? [];
    if (links.length === 0) {
      throw new EngineError(
        'NOT_FOUND',
        `No links configuration was found in WAN module of edge ${edgeText}`,
      );
    }
    return { status: 200, body: links };
  };
}
