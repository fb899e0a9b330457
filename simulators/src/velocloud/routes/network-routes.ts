import {
  vcoGatewayStatusMetricsRequest,
  vcoNetworkEnterprisesRequest,
  vcoPaths,
  type VcoGateway,
  type VcoGatewayStatusMetricsResponse,
  type VcoNetworkEnterprise,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { enterpriseKey } from '../../fleet/fleet-types.js';
import { mixInts, unitFromHash } from '../../random/hash-mix.js';
import type { VcoDeps } from '../vco-deps.js';
import { intervalBounds, invalidParams, parseVcoBody } from '../vco-http.js';
import { vcoEdge } from '../vco-views.js';

const HOUR_MS = 3_600_000;

/** V7 network enterprises, V8 gateways, V9 gateway status metrics. */
export function registerNetworkRoutes(app: FastifyInstance, deps: VcoDeps): void {
  const { ctx, host } = deps;
  const gateways = ctx.fleet.index.gatewaysByHost.get(host) ?? [];

  app.post(vcoPaths.networkEnterprises, (request): VcoNetworkEnterprise[] => {
    const body = parseVcoBody(vcoNetworkEnterprisesRequest, request.body);
    const wanted =
      body.enterprises !== undefined && body.enterprises.length > 0
        ? new Set(body.enterprises)
        : null;
    const withEdges = body.with?.includes('edges') ?? false;
    const enterprises = (ctx.fleet.index.enterprisesByHost.get(host) ?? []).filter(
      (e) => wanted === null || wanted.has(e.enterpriseId),
    );
    return enterprises.map((enterprise) => {
      const edges =
        ctx.fleet.index.edgesByEnterprise.get(enterpriseKey(host, enterprise.enterpriseId)) ?? [];
      const client = ctx.fleet.index.clientById.get(enterprise.clientId);
      const view: VcoNetworkEnterprise = {
        id: enterprise.enterpriseId,
        name: enterprise.name,
        domain: enterprise.domain,
        logicalId: enterprise.logicalId,
        accountNumber: enterprise.accountNumber,
        contactName:
          client?.contacts[0] === undefined
            ? null
            : `${client.contacts[0].firstName} ${client.contacts[0].lastName}`,
        contactEmail: client?.contacts[0]?.email ?? null,
        edgeCount: edges.length,
      };
      if (withEdges) view.edges = edges.map((edge) => vcoEdge({ ctx, edge, withLinks: false }));
      return view;
    });
  });

  app.post(vcoPaths.gateways, (): VcoGateway[] =>
    gateways.map((g) => ({
      id: g.id,
      name: g.name,
      gatewayState: ctx.runtime.gatewayState(g),
      ipAddress: g.ipAddress,
    })),
  );

  app.post(vcoPaths.gatewayStatusMetrics, (request): VcoGatewayStatusMetricsResponse => {
    const body = parseVcoBody(vcoGatewayStatusMetricsRequest, request.body);
    const { start, end } = intervalBounds(body.interval);
    const gateway = gateways.find((g) => g.id === body.gatewayId);
    if (gateway === undefined)
      throw invalidParams(`Invalid params: unknown gateway ${String(body.gatewayId)}`);
    const offline = ctx.runtime.gatewayState(gateway) === 'OFFLINE';
    const out: VcoGatewayStatusMetricsResponse = {};
    for (const metric of body.metrics) {
      if (metric !== 'tunnelCount') continue;
      const base = 1000 + (gateway.hash % 1000);
      const bucket = Math.floor(start / HOUR_MS);
      const spread = unitFromHash(mixInts(gateway.hash, bucket, Math.floor(end / HOUR_MS)));
      const max = Math.round(base * (1 + 0.05 * spread));
      const min = offline ? 0 : Math.round(base * (0.92 + 0.05 * spread));
      out[metric] = { min, max, average: Math.round(((min + max) / 2) * 10) / 10 };
    }
    return out;
  });
}
