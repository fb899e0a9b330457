import { bruinTicketNoteAppend } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/** `bruin.ticket.note.append.request`: `POST /api/Ticket/{id}/notes` `{note, serviceNumbers?}`. */
export const postTicketNote = defineHandler(bruinTicketNoteAppend, async (body, { bruin }) => {
  const serviceNumbers = body.service_numbers ?? [];
  const { status, data } = await bruin.call(bruinEndpoints.noteAppend, {
    params: { ticketId: body.ticket_id },
    body: { note: body.note, ...(serviceNumbers.length > 0 ? { serviceNumbers } : {}) },
  });
  return { status, body: data };
});
