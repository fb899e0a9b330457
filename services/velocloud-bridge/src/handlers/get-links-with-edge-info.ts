import type { velocloudGetLinksWithEdgeInfo } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoEdgeLinkStatusResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `get.links.with.edge.info`: every link row of a host (V1), `host` added to each. */
export function getLinksWithEdgeInfo(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudGetLinksWithEdgeInfo> {
  return async ({ host }) => {
    const rows = await deps.hosts
      .client(host)
      .post({ path: 'edgeLinkStatus', body: {}, schema: vcoEdgeLinkStatusResponse });
    // The rows are fresh from the parser: tag them in place rather than copy thousands.
    return { status: 200, body: rows.map((row) => Object.assign(row, { host })) };
  };
}
