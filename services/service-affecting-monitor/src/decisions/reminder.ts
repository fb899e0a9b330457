import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';
import { notesOldestFirst, notesSinceLatest, parseBruinDate } from '@automation-engine/monitoring';
import { isReopenNote } from '../model.js';

const REMINDER_NOTE = /^#\*MetTel's IPA\*#\nClient Reminder/m;

/** A Client Reminder note (new header only, as the original's parser). */
export function isReminderNote(text: string | null | undefined): boolean {
  return typeof text === 'string' && REMINDER_NOTE.test(text);
}

/**
 * Whether a BYOB reminder is due (spec §2.8 with SAM's fallback): over the notes since the latest
 * reopen (else all), the last Client Reminder — else the start of that documentation cycle (its
 * first note, else the ticket's creation) — must be older than `waitSeconds`.
 */
export function reminderDue(spec: {
  notes: readonly BruinTicketNoteShape[];
  ticketCreateDate: string | null | undefined;
  now: Date;
  waitSeconds: number;
}): boolean {
  const cycle = notesSinceLatest(spec.notes, isReopenNote);
  const lastReminder = notesOldestFirst(cycle)
    .filter((note) => isReminderNote(note.noteValue))
    .at(-1);
  const since = lastReminder?.createdDate ?? cycle[0]?.createdDate ?? spec.ticketCreateDate ?? null;
  const at = parseBruinDate(since);
  if (at === null) return true;
  return (spec.now.getTime() - at) / 1000 > spec.waitSeconds;
}
