import { EngineError } from '@automation-engine/contracts';
import { bruinSingleTicketBasic } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.single_ticket.basic.request`: `GET /api/Ticket/basic?TicketID=`; none → 404 `{}`. */
export const getSingleTicketBasicInfo = defineHandler(
  bruinSingleTicketBasic,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.ticketsBasic, {
      query: { TicketID: body.ticket_id },
    });
    const ticket = data.responses[0];
    if (ticket === undefined) {
      throw new EngineError('NOT_FOUND', `Ticket ${String(body.ticket_id)} not found in Bruin`, {
        body: {},
      });
    }
    return { status, body: ticket };
  },
);
