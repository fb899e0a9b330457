import { vcoEventsRequest, vcoPaths, type VcoEventsResponse } from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import type { VcoDeps } from '../vco-deps.js';
import { formatVcoDate, intervalBounds, parseVcoBody } from '../vco-http.js';

/** V3 `event/getEnterpriseEvents`: the events recorded by state changes, newest first. */
export function registerEventRoutes(app: FastifyInstance, deps: VcoDeps): void {
  app.post(vcoPaths.events, (request): VcoEventsResponse => {
    const body = parseVcoBody(vcoEventsRequest, request.body);
    const { start, end } = intervalBounds(body.interval);
    const eventNames = (body.filter?.rules ?? [])
      .filter((rule) => rule.field === 'event' && rule.op === 'is')
      .flatMap((rule) => rule.values);
    const limit = body.filter?.limit ?? null;
    const { events, more } = deps.ctx.events.query({
      host: deps.host,
      enterpriseId: body.enterpriseId,
      start,
      end,
      ...(body.edgeId === undefined ? {} : { edgeIds: body.edgeId }),
      ...(eventNames.length === 0 ? {} : { events: eventNames }),
      limit,
    });
    return {
      metaData: { limit, more },
      data: events.map((e) => ({
        id: e.id,
        eventTime: formatVcoDate(e.eventTime),
        event: e.event,
        category: e.category,
        severity: e.severity,
        message: e.message,
        edgeName: e.edgeName,
        enterpriseUsername: e.enterpriseUsername,
        segmentName: e.segmentName,
        detail: e.detail,
      })),
    };
  });
}
