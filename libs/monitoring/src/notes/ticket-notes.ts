import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';

/** Where a person opens a ticket (in Slack messages). */
export function bruinTicketUrl(ticketId: number): string {
  return `https://app.bruin.com/t/${String(ticketId)}`;
}

const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const US_DATE_TIME =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(AM|PM)?$/i;

function parseUsDateTime(match: RegExpExecArray): number {
  const [, month, day, year, hourText, minute, second, meridiem] = match;
  let hour = Number(hourText);
  if (meridiem !== undefined) {
    const pm = meridiem.toUpperCase() === 'PM';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    hour,
    Number(minute),
    Number(second ?? '0'),
  );
}

/**
 * A Bruin date → epoch ms; null when unreadable. Notes carry ISO dates
 * (`2021-01-05T11:18:39.787-05:00`; without an offset read as UTC, as the original's containers
 * did); a ticket's `createDate` is `M/D/YYYY h:mm:ss AM` in UTC.
 */
export function parseBruinDate(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const trimmed = text.trim();
  const us = US_DATE_TIME.exec(trimmed);
  if (us !== null) return parseUsDateTime(us);
  const iso = trimmed.includes('T') ? trimmed : trimmed.replace(' ', 'T');
  const ms = Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Notes oldest first (unreadable dates last, in their given order). */
export function notesOldestFirst<N extends BruinTicketNoteShape>(notes: readonly N[]): N[] {
  return notes
    .map((note, index) => ({ note, index, at: parseBruinDate(note.createdDate) }))
    .sort((a, b) => {
      if (a.at === null || b.at === null) {
        if (a.at === b.at) return a.index - b.index;
        return a.at === null ? 1 : -1;
      }
      return a.at - b.at || a.index - b.index;
    })
    .map(({ note }) => note);
}

/** Notes tagged with one of `serviceNumbers`. */
export function notesFor<N extends BruinTicketNoteShape>(
  notes: readonly N[],
  serviceNumbers: readonly string[],
): N[] {
  return notes.filter((note) =>
    (note.serviceNumber ?? []).some((number) => serviceNumbers.includes(number)),
  );
}

/**
 * Notes since the latest one matching `isReopen` (that one included), oldest first; all notes when
 * none matches.
 */
export function notesSinceLatest<N extends BruinTicketNoteShape>(
  notes: readonly N[],
  isReopen: (text: string | null) => boolean,
): N[] {
  const ordered = notesOldestFirst(notes);
  let start = 0;
  ordered.forEach((note, index) => {
    if (isReopen(note.noteValue ?? null)) start = index;
  });
  const anyReopen = ordered.some((note) => isReopen(note.noteValue ?? null));
  return anyReopen ? ordered.slice(start) : ordered;
}

/** Longest note Bruin takes at once; longer texts are split (spec §2.7). */
export const NOTE_SPLIT_THRESHOLD = 1_500;
