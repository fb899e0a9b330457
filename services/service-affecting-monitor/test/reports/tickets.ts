import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';
import { NOTE_HEADER } from '@automation-engine/monitoring';
import type { ReportTicket } from '../../src/reports/report-tickets-model.js';

/** A system trouble note naming an interface, as SAM writes them. */
export function troubleNoteText(
  trouble: string,
  iface: string,
  lines: readonly string[] = [],
): string {
  return [
    NOTE_HEADER,
    `Trouble: ${trouble}`,
    '',
    'Edge Name: edge',
    'Name: Comcast',
    `Interface: ${iface}`,
    ...lines,
  ].join('\n');
}

/** A report ticket of one serial with `notes` (all tagged with the serial unless said). */
export function reportTicket(spec: {
  id: number;
  serial: string;
  notes: readonly (string | BruinTicketNoteShape)[];
  address?: Record<string, string | null>;
  createDate?: string;
}): ReportTicket {
  return {
    ticket: {
      ticketID: spec.id,
      clientID: 100,
      clientName: 'Client',
      createDate: spec.createDate ?? '2026-11-20T10:00:00Z',
      address: spec.address ?? {
        address: '1 Main St',
        city: 'Springfield',
        state: 'IL',
        zip: '62701',
        country: 'USA',
      },
    },
    details: [
      {
        detailID: spec.id * 10,
        detailValue: spec.serial,
        detailStatus: 'I',
        currentTaskName: null,
      },
    ],
    notes: spec.notes.map((note) =>
      typeof note === 'string'
        ? { noteValue: note, serviceNumber: [spec.serial], createdDate: '2026-11-20T10:00:00Z' }
        : note,
    ),
  };
}
