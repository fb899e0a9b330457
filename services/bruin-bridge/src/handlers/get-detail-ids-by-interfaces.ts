import { bruinTicketDetailIds } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.detailIds.request`: `GET /api/Ticket/{t}/details/{d}/detailids?interfaces=a,b`
 * with `api-version: 2.0`, replied unchanged.
 */
export const getDetailIdsByInterfaces = defineHandler(
  bruinTicketDetailIds,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.detailIds, {
      params: { ticketId: body.ticket_id, detailId: body.detail_id },
      query: { interfaces: body.interfaces.join(',') },
    });
    return { status, body: data };
  },
);
