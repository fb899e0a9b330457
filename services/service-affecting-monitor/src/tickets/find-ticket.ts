import {
  bruinTicketBasic,
  bruinTicketDetails,
  type BruinTicketDetailShape,
  type BruinTicketNoteShape,
  type BruinTicketShape,
} from '@automation-engine/contracts/bruin';
import { parseBruinDate } from '@automation-engine/monitoring';
import { isTroubleNote, type AffectingDeps } from '../model.js';

/** A VAS ticket used for the serial's affecting troubles. */
export interface AffectingTicket {
  ticket: BruinTicketShape;
  /** The serial's task (detail); absent when the ticket has none for it. */
  task: BruinTicketDetailShape | undefined;
  /** The serial's notes (with a text). */
  notes: BruinTicketNoteShape[];
}

/** VAS tickets of `statuses` for a client's serial; null when Bruin could not tell. */
export async function affectingTickets(
  deps: AffectingDeps,
  spec: { clientId: number; serial: string; statuses: string[] },
): Promise<BruinTicketShape[] | null> {
  const result = await deps.bridges.call(
    bruinTicketBasic,
    {
      ticket_statuses: spec.statuses,
      ticket_topic: 'VAS',
      product_category: deps.settings.productCategory,
      client_id: spec.clientId,
      service_number: spec.serial,
    },
    {
      what: `retrieving ${spec.statuses.join('/')} VAS tickets of client ${String(spec.clientId)} for serial ${spec.serial}`,
    },
  );
  return result.ok ? result.body : null;
}

/** Tickets oldest first (`createDate`; unreadable dates last). */
export function oldestFirst(tickets: readonly BruinTicketShape[]): BruinTicketShape[] {
  return tickets
    .map((ticket, index) => ({ ticket, index, at: parseBruinDate(ticket.createDate) }))
    .sort((a, b) => {
      if (a.at === null || b.at === null) {
        if (a.at === b.at) return a.index - b.index;
        return a.at === null ? 1 : -1;
      }
      return a.at - b.at || a.index - b.index;
    })
    .map(({ ticket }) => ticket);
}

/**
 * The oldest ticket whose notes for the serial hold an affecting trouble note (spec §3.5 step 2);
 * tickets without one are not used for affecting troubles. A details failure ends the search with
 * none, as the original.
 */
export async function oldestAffectingTicket(
  deps: AffectingDeps,
  tickets: readonly BruinTicketShape[],
  serial: string,
): Promise<AffectingTicket | null> {
  for (const ticket of oldestFirst(tickets)) {
    const result = await deps.bridges.call(
      bruinTicketDetails,
      { ticket_id: ticket.ticketID },
      { what: `retrieving details of ticket ${String(ticket.ticketID)}` },
    );
    if (!result.ok) return null;
    const notes = result.body.ticketNotes.filter(
      (note) => typeof note.noteValue === 'string' && (note.serviceNumber ?? []).includes(serial),
    );
    if (!notes.some((note) => isTroubleNote(note.noteValue))) continue;
    const task = result.body.ticketDetails.find((detail) => detail.detailValue === serial);
    return { ticket, task, notes };
  }
  return null;
}
