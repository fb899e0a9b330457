import { EngineError } from '@automation-engine/contracts';
import { bruinTicketCreationOutage } from '@automation-engine/contracts/bruin';
import {
  BRUIN_OUTAGE_REQUEST_DESCRIPTION,
  bruinPaths,
  type BruinRepairTicketRequest,
} from '@automation-engine/vendor-apis';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { statusDeviations } from '../bruin-client/status-deviations.js';
import { outageTicketOutcome } from '../mapping/outage-ticket-outcome.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.creation.outage.request`: `POST /api/Ticket/repair`. Short form: the ticket id,
 * with Bruin's business code (409/471/472/473) as status; ticket id 0 → 503. Full form
 * (`get_full_response`): Bruin's body and status as they are.
 */
export const postOutageTicket = defineHandler(
  bruinTicketCreationOutage,
  async (body, { bruin }) => {
    const wtns = Array.isArray(body.service_number) ? body.service_number : [body.service_number];
    const interfaces = body.interfaces ?? [];
    const payload: BruinRepairTicketRequest = {
      ClientID: Number(body.client_id),
      WTNs: wtns,
      RequestDescription: BRUIN_OUTAGE_REQUEST_DESCRIPTION,
      ...(body.ticket_contact ? { ticketContact: body.ticket_contact } : {}),
      ...(interfaces.length > 0 && wtns[0] !== undefined
        ? { WtnInterfaces: { [wtns[0]]: interfaces } }
        : {}),
    };
    const { status, data } = await bruin.call(bruinEndpoints.repairTicket, {
      body: payload,
      failure: {
        bodies: statusDeviations.outageTicket({
          payload,
          url: bruin.urlOf(bruinPaths.repairTicket),
        }),
      },
    });
    if (body.get_full_response) return { status, body: data };
    const outcome = outageTicketOutcome({
      answer: data,
      httpStatus: status,
      serviceNumber: body.service_number,
    });
    if (outcome.kind === 'unavailable') throw new EngineError('UNAVAILABLE', outcome.message);
    return { status: outcome.status, body: outcome.ticketId };
  },
);
