import {
  vcoConfigurationModulesRequest,
  vcoEnterpriseEdgesRequest,
  vcoLinkSeriesRequest,
  vcoPaths,
  type VcoConfigurationModulesResponse,
  type VcoEdge,
  type VcoLinkSeriesResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { enterpriseKey } from '../../fleet/fleet-types.js';
import { linkSeries } from '../../metrics/link-series.js';
import type { VcoDeps } from '../vco-deps.js';
import { invalidParams, parseVcoBody } from '../vco-http.js';
import { vcoEdge, wanModule } from '../vco-views.js';

/** V4 enterprise edges, V5 configuration modules, V6 link series. */
export function registerEdgeRoutes(app: FastifyInstance, deps: VcoDeps): void {
  const { ctx, host } = deps;
  const edgeOf = (enterpriseId: number, edgeId: number) => {
    const edge = ctx.fleet.index.edgeByKey.get(`${host}#${String(edgeId)}`);
    if (edge?.enterpriseId !== enterpriseId) {
      throw invalidParams(
        `Invalid params: edge ${String(edgeId)} not found in enterprise ${String(enterpriseId)}`,
      );
    }
    return edge;
  };

  app.post(vcoPaths.enterpriseEdges, (request): VcoEdge[] => {
    const body = parseVcoBody(vcoEnterpriseEdgesRequest, request.body);
    const withLinks = body.with?.includes('links') ?? false;
    const edges =
      ctx.fleet.index.edgesByEnterprise.get(enterpriseKey(host, body.enterpriseId)) ?? [];
    return edges.map((edge) => vcoEdge({ ctx, edge, withLinks }));
  });

  app.post(vcoPaths.configurationModules, (request): VcoConfigurationModulesResponse => {
    const body = parseVcoBody(vcoConfigurationModulesRequest, request.body);
    const edge = edgeOf(body.enterpriseId, body.edgeId);
    const wanted = body.modules;
    if (!edge.activated || (wanted !== undefined && !wanted.includes('WAN'))) return {};
    return { WAN: wanModule(edge) };
  });

  app.post(vcoPaths.linkSeries, (request): VcoLinkSeriesResponse => {
    const body = parseVcoBody(vcoLinkSeriesRequest, request.body);
    const edge = edgeOf(body.enterpriseId, body.edgeId);
    return linkSeries({
      ctx,
      edge,
      start: body.interval.start,
      end: body.interval.end,
      metrics: body.metrics,
    });
  });
}
