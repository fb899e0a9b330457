import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';

/** Where a person opens a ticket (in Slack messages). */
export function bruinTicketUrl(ticketId: number): string {
  return `https://app.bruin.com/t/${String(ticketId)}`;
}

const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * A Bruin date (`2021-01-05T11:18:39.787-05:00`, or without offset, read as UTC as the original's
 * containers did) → epoch ms; null when unreadable.
 */
export function parseBruinDate(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const trimmed = text.trim();
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
