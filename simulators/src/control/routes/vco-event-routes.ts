import type { FastifyInstance } from 'fastify';
import type { LabContext } from '../../lab-context.js';

/** VeloCloud's lab state, mounted under `/vco`: the recorded events. */
export function registerVcoEventRoutes(app: FastifyInstance, ctx: LabContext): void {
  app.get<{ Querystring: { host?: string; serial?: string } }>('/events', (request) => {
    const { host, serial } = request.query;
    const edge = serial === undefined ? undefined : ctx.runtime.findEdge(serial).edge;
    return ctx.events
      .list(host ?? edge?.host)
      .filter((e) => edge === undefined || e.edgeId === edge.edgeId)
      .map((e) => ({ ...e, eventTime: new Date(e.eventTime).toISOString() }));
  });
}
