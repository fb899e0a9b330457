import { bruinTicketGetTaskHistory } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.get.task.history`: `GET /api/Ticket/AITicketData?ticketId=`; replies `result`. */
export const getTicketTaskHistory = defineHandler(
  bruinTicketGetTaskHistory,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.taskHistory, {
      query: { ticketId: body.ticket_id },
    });
    return { status, body: data.result };
  },
);
