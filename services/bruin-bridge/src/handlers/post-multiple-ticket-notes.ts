import { bruinTicketMultipleNotesAppend } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { toAdvancedNotes } from '../mapping/to-advanced-notes.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.ticket.multiple.notes.append.request`: `POST /api/Ticket/{id}/notes/advanced`; replies the
 * notes Bruin created.
 */
export const postMultipleTicketNotes = defineHandler(
  bruinTicketMultipleNotesAppend,
  async (body, { bruin }) => {
    const { status, data } = await bruin.call(bruinEndpoints.notesAdvanced, {
      params: { ticketId: body.ticket_id },
      body: toAdvancedNotes(body.notes),
    });
    return { status, body: data.ticketNotes };
  },
);
