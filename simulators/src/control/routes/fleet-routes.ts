import type { FastifyInstance } from 'fastify';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';
import { edgeListQuery, edgeStateBody, gatewayStateBody } from '../control-schemas.js';
import { edgeSummary, fleetSummary } from '../edge-summary.js';

/** Fleet summary, edge listing and edge (and gateway) state changes. */
export function registerFleetRoutes(app: FastifyInstance, ctx: LabContext): void {
  const { fleet, runtime } = ctx;

  app.get('/fleet', () => fleetSummary(ctx));

  app.get('/fleet/edges', (request) => {
    const query = parseControl(edgeListQuery, request.query ?? {});
    const changed = query.changed === 'true' ? new Set(runtime.changedEdgeKeys()) : null;
    const clientName = query.client?.toLowerCase();
    const source =
      query.host === undefined ? fleet.edges : (fleet.index.edgesByHost.get(query.host) ?? []);
    const matching = source.filter((edge) => {
      if (changed !== null && !changed.has(edge.key)) return false;
      if (query.clientId !== undefined && edge.clientId !== query.clientId) return false;
      if (clientName !== undefined) {
        const name = fleet.index.clientById.get(edge.clientId)?.clientName.toLowerCase() ?? '';
        if (!name.includes(clientName)) return false;
      }
      if (query.state !== undefined || query.notState !== undefined) {
        const state = runtime.edge(edge).edgeState ?? 'null';
        if (query.state !== undefined && state !== query.state) return false;
        if (state === query.notState) return false;
      }
      return true;
    });
    return {
      total: matching.length,
      offset: query.offset,
      edges: matching
        .slice(query.offset, query.offset + query.limit)
        .map((edge) => edgeSummary(ctx, edge)),
    };
  });

  app.get<{ Params: { serial: string } }>('/fleet/edges/:serial', (request) => {
    const { edge, role } = runtime.findEdge(request.params.serial);
    const inventory = fleet.index.inventoryByServiceNumber.get(request.params.serial) ?? [];
    return {
      role,
      ...edgeSummary(ctx, edge),
      site: fleet.index.siteById.get(edge.siteId) ?? null,
      inventory,
    };
  });

  app.post<{ Params: { serial: string } }>('/fleet/edges/:serial/down', (request) => {
    const { edge } = runtime.setEdgeState(request.params.serial, 'OFFLINE');
    return edgeSummary(ctx, edge);
  });

  app.post<{ Params: { serial: string } }>('/fleet/edges/:serial/up', (request) => {
    const { edge } = runtime.setEdgeState(request.params.serial, 'CONNECTED');
    return edgeSummary(ctx, edge);
  });

  app.put<{ Params: { serial: string } }>('/fleet/edges/:serial/state', (request) => {
    const body = parseControl(edgeStateBody, request.body);
    const { edge } = runtime.setEdgeState(request.params.serial, body.edgeState);
    return edgeSummary(ctx, edge);
  });

  app.get('/fleet/gateways', () =>
    fleet.gateways.map((g) => ({
      host: g.host,
      id: g.id,
      name: g.name,
      gatewayState: runtime.gatewayState(g),
    })),
  );

  app.put<{ Params: { host: string; id: string } }>(
    '/fleet/gateways/:host/:id/state',
    (request) => {
      const body = parseControl(gatewayStateBody, request.body);
      const gateway = runtime.setGatewayState({
        host: request.params.host,
        gatewayId: Number(request.params.id),
        state: body.gatewayState,
      });
      return {
        host: gateway.host,
        id: gateway.id,
        name: gateway.name,
        gatewayState: body.gatewayState,
      };
    },
  );
}
