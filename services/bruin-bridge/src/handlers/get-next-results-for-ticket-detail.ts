import { bruinTicketDetailGetNextResults } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.detail.get.next.results`: `GET /api/Ticket/{id}/nextresult?ServiceNumber&DetailId`,
 * replied unchanged.
 */
export const getNextResultsForTicketDetail = defineHandler(
  bruinTicketDetailGetNextResults,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.nextResult, {
      params: { ticketId: body.ticket_id },
      query: { ServiceNumber: body.service_number, DetailId: body.detail_id },
    });
    return { status, body: data };
  },
);
