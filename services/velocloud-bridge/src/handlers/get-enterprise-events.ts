import type { velocloudAlertRequestEventEnterprise } from '@automation-engine/contracts/velocloud';
import type { RequestHandler } from '@automation-engine/messaging';
import { vcoEventsResponse } from '@automation-engine/vendor-apis';
import type { VelocloudDeps } from '../velocloud-deps.js';
import { eventsRequestBody } from './events-request-body.js';

/** `alert.request.event.enterprise`: an enterprise's events between two dates (V3), `data`. */
export function getEnterpriseEvents(
  deps: VelocloudDeps,
): RequestHandler<typeof velocloudAlertRequestEventEnterprise> {
  return async (request) => {
    const answer = await deps.hosts.client(request.host).post({
      path: 'events',
      body: eventsRequestBody({
        enterpriseId: request.enterprise_id,
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
