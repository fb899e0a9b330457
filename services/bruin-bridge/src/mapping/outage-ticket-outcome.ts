import { BRUIN_OUTAGE_TICKET_STATUS } from '@automation-engine/contracts/bruin';
import {
  BRUIN_REPAIR_ERROR_CODES,
  bruinRepairItems,
  type BruinRepairTicketResponse,
} from '@automation-engine/vendor-apis';

const BUSINESS_CODES: ReadonlySet<number> = new Set(Object.values(BRUIN_REPAIR_ERROR_CODES));

/** What the short form of `bruin.ticket.creation.outage.request` replies. */
export type OutageTicketOutcome =
  | { kind: 'ticket'; status: number; ticketId: number }
  | { kind: 'unavailable'; status: 503; message: string };

/**
 * Reads Bruin's 2xx repair answer as the original did: the first item (under `assets` or `items`)
 * decides; its `errorCode` 409/471/472/473 becomes the reply status, otherwise Bruin's HTTP status
 * stays. A ticket id of 0 means Bruin could not create the ticket: 503.
 */
export function outageTicketOutcome(args: {
  answer: BruinRepairTicketResponse;
  httpStatus: number;
  serviceNumber: string | readonly string[];
}): OutageTicketOutcome {
  const first = bruinRepairItems(args.answer)[0];
  if (first === undefined || first.ticketId === 0) {
    const device =
      typeof args.serviceNumber === 'string' ? args.serviceNumber : args.serviceNumber.join(', ');
    const reason = first?.errorMessage ?? args.answer.message ?? 'no item in the answer';
    return {
      kind: 'unavailable',
      status: BRUIN_OUTAGE_TICKET_STATUS.unavailable,
      message:
        `Bruin reported a ticket ID = 0 after SO ticket creation for device ${device}. ` +
        `This functionality might be temporarily unavailable. Bruin said: ${reason}`,
    };
  }
  const code = first.errorCode;
  const status = code !== null && BUSINESS_CODES.has(code) ? code : args.httpStatus;
  return { kind: 'ticket', status, ticketId: first.ticketId };
}
