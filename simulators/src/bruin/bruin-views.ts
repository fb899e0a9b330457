import type {
  BruinCreatedNote,
  BruinTaskHistoryRow,
  BruinTicket,
  BruinTicketDetailsResponse,
} from '@automation-engine/vendor-apis';
import {
  formatBruinCompactDate,
  formatBruinCreateDate,
  formatBruinDateTime,
} from './bruin-dates.js';
import type { LabTicket, LabTicketNote } from './lab-ticket.js';
import { LAB_BRUIN_USER_ID } from './ticket-store.js';

/** Lab tickets as Bruin's JSON answers them. */

export function toBruinTicket(ticket: LabTicket): BruinTicket {
  return {
    clientID: ticket.clientID,
    clientName: ticket.clientName,
    ticketID: ticket.ticketID,
    ticketStatus: ticket.ticketStatus,
    category: ticket.category,
    topic: ticket.topic,
    callType: ticket.callType,
    createDate: formatBruinCreateDate(ticket.createdAt),
    createdBy: ticket.createdBy,
    severity: ticket.severity,
    address: ticket.address,
  };
}

export function toTicketDetails(ticket: LabTicket): BruinTicketDetailsResponse {
  return {
    ticketDetails: ticket.details.map((d) => ({
      detailID: d.detailID,
      detailType: d.detailType,
      detailStatus: d.detailStatus,
      detailValue: d.detailValue,
      assignedToName: d.assignedToName,
      currentTaskID: d.currentTaskID,
      currentTaskName: d.currentTaskName,
      lastUpdatedBy: d.lastUpdatedBy,
      lastUpdatedAt: formatBruinDateTime(d.lastUpdatedAt),
    })),
    ticketNotes: ticket.notes.map((n) => ({
      noteId: n.noteId,
      noteValue: n.noteValue,
      serviceNumber: n.serviceNumbers,
      createdDate: formatBruinDateTime(n.createdAt),
      creator: n.creator,
      noteType: n.noteType,
    })),
  };
}

export function toCreatedNote(note: LabTicketNote): BruinCreatedNote {
  return {
    noteID: note.noteId,
    noteType: note.noteType,
    noteValue: note.noteValue,
    actionID: null,
    detailID: note.detailID,
    enteredBy: LAB_BRUIN_USER_ID,
    enteredDate: formatBruinDateTime(note.createdAt),
    refNoteID: null,
    noteStatus: null,
    childNotes: null,
    documents: null,
  };
}

/** B14: one row at creation, then one per note. */
export function toTaskHistory(ticket: LabTicket): BruinTaskHistoryRow[] {
  const firstDetail = ticket.details[0];
  const zip = ticket.address.zip?.split('-')[0] ?? null;
  const row = (note: LabTicketNote | null): BruinTaskHistoryRow => {
    const detail = ticket.details.find((d) => d.detailID === note?.detailID) ?? firstDetail;
    return {
      ClientName: ticket.clientName,
      'Ticket Entered Date': formatBruinCompactDate(ticket.createdAt),
      EnteredDate: formatBruinDateTime(ticket.createdAt),
      CallTicketID: ticket.ticketID,
      'Initial Note @ Ticket Creation': ticket.description,
      DetailID: detail?.detailID ?? null,
      Product: ticket.category,
      Asset: note?.serviceNumbers[0] ?? detail?.detailValue ?? null,
      Address1: ticket.address.address,
      Address2: null,
      City: ticket.address.city,
      State: ticket.address.state,
      Zip: zip,
      'Site Name': ticket.siteLabel,
      NoteType: note?.noteType ?? null,
      Notes: note?.noteValue ?? null,
      'Note Entered Date': note === null ? null : formatBruinCompactDate(note.createdAt),
      EnteredDate_N: note === null ? null : formatBruinDateTime(note.createdAt),
      'Note Entered By': note?.creator ?? null,
      'Task Assigned To': null,
      Task: detail?.currentTaskName ?? null,
      'Task Result': null,
      SLA: 1,
      'Ticket Status': ticket.ticketStatus,
    };
  };
  return [row(null), ...ticket.notes.map((n) => row(n))];
}
