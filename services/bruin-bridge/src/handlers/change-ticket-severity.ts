import { bruinChangeTicketSeverity } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { statusDeviations } from '../bruin-client/status-deviations.js';
import { defineHandler } from './define-handler.js';

/** `bruin.change.ticket.severity`: `PUT /api/Ticket/{id}/severity` `{Severity, Reason}`. */
export const changeTicketSeverity = defineHandler(
  bruinChangeTicketSeverity,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.severity, {
      params: { ticketId: body.ticket_id },
      body: { Severity: body.severity, Reason: body.reason },
      failure: { bodies: statusDeviations.severity({ ticketId: body.ticket_id }) },
    });
    return { status, body: data };
  },
);
