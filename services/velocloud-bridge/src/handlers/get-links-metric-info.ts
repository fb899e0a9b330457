import type { velocloudGetLinksMetricInfo } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoLinkMetricsResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';

/** `get.links.metric.info`: link metrics of a host over an interval (V2), `link.host` added. */
export function getLinksMetricInfo(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudGetLinksMetricInfo> {
  return async ({ host, interval }) => {
    const metrics = await deps.hosts
      .client(host)
      .post({ path: 'linkMetrics', body: { interval }, schema: vcoLinkMetricsResponse });
    return {
      status: 200,
      body: metrics.map((metric) => Object.assign(metric, { link: { ...metric.link, host } })),
    };
  };
}
