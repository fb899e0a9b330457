import type { velocloudRequestEdgeLinksSeries } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoLinkSeriesResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `request.edge.links.series`: link series of an edge (V6), the payload forwarded as is. */
export function getEdgeLinksSeries(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudRequestEdgeLinksSeries> {
  return async ({ host, payload }) => {
    const series = await deps.hosts
      .client(host)
      .post({ path: 'linkSeries', body: payload, schema: vcoLinkSeriesResponse });
    return { status: 200, body: series };
  };
}
