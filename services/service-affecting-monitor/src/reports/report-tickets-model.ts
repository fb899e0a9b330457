import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
  BruinTicketShape,
} from '@automation-engine/contracts/bruin';
import { isSystemNote } from '@automation-engine/monitoring';

/** A ticket of a report with its details (tasks) and notes. */
export interface ReportTicket {
  ticket: BruinTicketShape;
  details: readonly BruinTicketDetailShape[];
  notes: readonly BruinTicketNoteShape[];
}

/** One task of a ticket and the system notes about `trouble` tagged with its serial. */
export interface TroubleTask {
  ticket: BruinTicketShape;
  serial: string;
  trouble: string;
  notes: string[];
}

const INTERFACE = /Interface: ([a-zA-Z0-9]+)/;

/** The interface a trouble note names (`Interface: GE1`); null if none. */
export function noteInterface(text: string): string | null {
  return INTERFACE.exec(text)?.[1] ?? null;
}

/**
 * Tasks of `tickets` whose serial is in `serials`, one entry per trouble of `troubles` that has
 * system notes (`Trouble: <t>`) tagged with that serial.
 */
export function troubleTasks(
  tickets: readonly ReportTicket[],
  serials: ReadonlySet<string>,
  troubles: readonly string[],
): TroubleTask[] {
  const tasks: TroubleTask[] = [];
  for (const { ticket, details, notes } of tickets) {
    for (const detail of details) {
      const serial = detail.detailValue ?? '';
      if (!serials.has(serial)) continue;
      const serialNotes = notes
        .filter((note) => (note.serviceNumber ?? []).includes(serial))
        .map((note) => note.noteValue ?? '')
        .filter((text) => isSystemNote(text));
      for (const trouble of troubles) {
        const troubleNotes = serialNotes.filter((text) => text.includes(`Trouble: ${trouble}`));
        if (troubleNotes.length > 0) tasks.push({ ticket, serial, trouble, notes: troubleNotes });
      }
    }
  }
  return tasks;
}
