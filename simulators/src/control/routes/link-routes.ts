import type { FastifyInstance } from 'fastify';
import type { LabContext } from '../../lab-context.js';
import { parseControl } from '../control-http.js';
import { degradeBody, flapBody, linkStateBody } from '../control-schemas.js';
import { edgeSummary } from '../edge-summary.js';

interface LinkParams {
  serial: string;
  iface: string;
}

/** Link state changes, flapping and degradations. */
export function registerLinkRoutes(app: FastifyInstance, ctx: LabContext): void {
  const { runtime, degradations, clock } = ctx;
  const base = '/fleet/edges/:serial/links/:iface';

  app.post<{ Params: LinkParams }>(`${base}/down`, (request) => {
    runtime.setLinkState({
      serial: request.params.serial,
      iface: request.params.iface,
      state: 'DISCONNECTED',
    });
    return edgeSummary(ctx, runtime.findEdge(request.params.serial).edge);
  });

  app.post<{ Params: LinkParams }>(`${base}/up`, (request) => {
    runtime.setLinkState({
      serial: request.params.serial,
      iface: request.params.iface,
      state: 'STABLE',
    });
    return edgeSummary(ctx, runtime.findEdge(request.params.serial).edge);
  });

  app.put<{ Params: LinkParams }>(`${base}/state`, (request) => {
    const body = parseControl(linkStateBody, request.body);
    runtime.setLinkState({
      serial: request.params.serial,
      iface: request.params.iface,
      state: body.linkState,
    });
    return edgeSummary(ctx, runtime.findEdge(request.params.serial).edge);
  });

  app.post<{ Params: LinkParams }>(`${base}/flap`, (request) => {
    const body = parseControl(flapBody, request.body ?? {});
    const link = runtime.flapLink({
      serial: request.params.serial,
      iface: request.params.iface,
      ...body,
    });
    return {
      serial: request.params.serial,
      interface: link.interface,
      linkDeadEvents: body.count,
      overMs: body.overMs,
    };
  });

  app.post<{ Params: LinkParams }>(`${base}/degrade`, async (request, reply) => {
    const body = parseControl(degradeBody, request.body ?? {});
    const { edge } = runtime.findEdge(request.params.serial);
    const link = runtime.findLink(edge, request.params.iface);
    const from = body.from ?? clock.now();
    const degradation = degradations.add({
      host: edge.host,
      serial: edge.serial,
      edgeKey: edge.key,
      linkId: link.linkId,
      interface: link.interface,
      latencyMs: body.latencyMs ?? null,
      jitterMs: body.jitterMs ?? null,
      lossPct: body.lossPct ?? null,
      bandwidthPct: body.bandwidthPct ?? null,
      from,
      until: body.durationMs === undefined ? null : from + body.durationMs,
    });
    return reply.code(201).send(degradation);
  });

  app.get('/degradations', () => degradations.list());

  app.delete<{ Params: { id: string } }>('/degradations/:id', (request) =>
    degradations.remove(request.params.id),
  );

  app.delete('/degradations', () => {
    const removed = degradations.list().length;
    degradations.reset();
    return { removed };
  });
}
