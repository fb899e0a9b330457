import {
  vcoLinkMetricsRequest,
  vcoPaths,
  type VcoAggregatesResponse,
  type VcoEdgeLinkStatusRow,
  type VcoLinkMetric,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { enterpriseKey } from '../../fleet/fleet-types.js';
import { linkMetrics, type LinkMetricValues } from '../../metrics/link-metrics.js';
import type { VcoDeps } from '../vco-deps.js';
import { intervalBounds, parseVcoBody } from '../vco-http.js';
import { edgeLinkStatusRows, enterpriseOf, linkStatusRow } from '../vco-views.js';

/** V1 link status, V2 aggregate link metrics, V10 aggregates. */
export function registerMonitoringRoutes(app: FastifyInstance, deps: VcoDeps): void {
  const { ctx, host, edges } = deps;

  app.post(vcoPaths.edgeLinkStatus, (): VcoEdgeLinkStatusRow[] =>
    edges.flatMap((edge) => edgeLinkStatusRows(ctx, edge)),
  );

  app.post(vcoPaths.linkMetrics, (request): VcoLinkMetric[] => {
    const body = parseVcoBody(vcoLinkMetricsRequest, request.body);
    const { start, end } = intervalBounds(body.interval);
    const out: VcoLinkMetric[] = [];
    for (const edge of edges) {
      const enterprise = enterpriseOf(ctx, edge);
      for (const link of edge.links) {
        const values = linkMetrics({
          link,
          start,
          end,
          up: ctx.runtime.trafficIntervals({ edge, link, start, end }),
          degradations: ctx.degradations.overlapping({ host, linkId: link.linkId, start, end }),
        });
        if (values === null) continue;
        out.push({
          linkId: link.linkId,
          name: link.interface,
          ...values,
          ...priorityCounters(values),
          state: 0,
          link: linkStatusRow({ ctx, edge, enterprise, link }),
        });
      }
    }
    return out;
  });

  app.post(vcoPaths.aggregates, (): VcoAggregatesResponse => {
    const enterprises = ctx.fleet.index.enterprisesByHost.get(host) ?? [];
    return {
      edgeCount: edges.length,
      enterprises: enterprises.map((e) => ({
        id: e.enterpriseId,
        name: e.name,
        logicalId: e.logicalId,
        edgeCount:
          ctx.fleet.index.edgesByEnterprise.get(enterpriseKey(host, e.enterpriseId))?.length ?? 0,
      })),
    };
  });
}

/** The p1–p3 and control split of the traffic (50/30/15/5 %). */
function priorityCounters(values: LinkMetricValues): Record<string, number> {
  const share = (value: number, pct: number): number => Math.round((value * pct) / 100);
  const out: Record<string, number> = {};
  for (const [prefix, pct] of [
    ['p1', 50],
    ['p2', 30],
    ['p3', 15],
    ['control', 5],
  ] as const) {
    out[`${prefix}BytesRx`] = share(values.bytesRx, pct);
    out[`${prefix}BytesTx`] = share(values.bytesTx, pct);
    out[`${prefix}PacketsRx`] = share(values.packetsRx, pct);
    out[`${prefix}PacketsTx`] = share(values.packetsTx, pct);
  }
  return out;
}
