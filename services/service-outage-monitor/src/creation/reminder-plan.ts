import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';
import { notesOldestFirst, notesSinceLatest, parseBruinDate } from '@automation-engine/monitoring';
import { isClientReminderNote, isReopenNote } from '../notes/index.js';

export type ReminderPlan = { send: true } | { send: false; reason: string };

/**
 * Whether a BYOB-only outage with an open ticket gets a client reminder now (§2.8): the last
 * Client Reminder since the latest reopen — else the start of that documentation cycle (its
 * first note) — must be older than `waitSeconds`. A ticket with no note at all starts its cycle
 * at its creation date (the original failed there; SAM falls back the same way — quirk §6.3).
 */
export function reminderPlan(spec: {
  notes: readonly BruinTicketNoteShape[];
  ticketCreateDate: string | null | undefined;
  now: Date;
  waitSeconds: number;
}): ReminderPlan {
  const cycle = notesSinceLatest(spec.notes, isReopenNote);
  const reminders = notesOldestFirst(cycle).filter((note) => isClientReminderNote(note.noteValue));
  const lastReminder = reminders.at(-1);
  const since = lastReminder?.createdDate ?? cycle[0]?.createdDate ?? spec.ticketCreateDate;
  const at = parseBruinDate(since);
  if (at === null) return { send: false, reason: 'no date to start the reminder wait from' };
  const elapsed = (spec.now.getTime() - at) / 1000;
  if (elapsed <= spec.waitSeconds) {
    return {
      send: false,
      reason:
        lastReminder === undefined
          ? 'documentation cycle started too recently for a reminder'
          : 'last client reminder sent too recently',
    };
  }
  return { send: true };
}
