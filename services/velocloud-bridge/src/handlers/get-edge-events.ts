import type { velocloudAlertRequestEventEdge } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoEventsResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';
import { eventsRequestBody } from './events-request-body.js';

/** `alert.request.event.edge`: one edge's events between two dates (V3), VCO's `data`. */
export function getEdgeEvents(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudAlertRequestEventEdge> {
  return async (request) => {
    const { edge } = request;
    const answer = await deps.hosts.client(edge.host).post({
      path: 'events',
      body: eventsRequestBody({
        enterpriseId: edge.enterprise_id,
        edgeId: edge.edge_id,
        start: request.start_date,
        end: request.end_date,
        filter: request.filter,
        limit: request.limit,
      }),
      schema: vcoEventsResponse,
    });
    return { status: 200, body: answer.data };
  };
}
