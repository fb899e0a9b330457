import { describe, expect, it } from 'vitest';
import {
  bruinTicketUrl,
  NOTE_SPLIT_THRESHOLD,
  notesFor,
  notesOldestFirst,
  notesSinceLatest,
  noteStartsWith,
  parseBruinDate,
} from '@automation-engine/monitoring';

const note = (
  id: number,
  createdDate: string | null,
  extra: { noteValue?: string | null; serviceNumber?: string[] | null } = {},
) => ({ noteId: id, noteValue: `n${String(id)}`, createdDate, ...extra });

describe('bruinTicketUrl', () => {
  it('links to the ticket in Bruin', () => {
    expect(bruinTicketUrl(4503)).toBe('https://app.bruin.com/t/4503');
  });
});

describe('parseBruinDate', () => {
  it.each([
    ['2021-01-05T11:18:39.787-05:00', Date.UTC(2021, 0, 5, 16, 18, 39, 787)],
    ['2021-01-05T11:18:39.787-0500', Date.UTC(2021, 0, 5, 16, 18, 39, 787)],
    ['2021-01-05T11:18:39Z', Date.UTC(2021, 0, 5, 11, 18, 39)],
    ['2021-01-05T11:18:39.7870000', Date.UTC(2021, 0, 5, 11, 18, 39, 787)],
    ['2021-01-05 11:18:39', Date.UTC(2021, 0, 5, 11, 18, 39)],
    ['  2021-01-05T11:18:39+01:00 ', Date.UTC(2021, 0, 5, 10, 18, 39)],
  ])('reads %j (no offset = UTC)', (text, expected) => {
    expect(parseBruinDate(text)).toBe(expected);
  });

  it.each([null, undefined, '', '   ', 'yesterday', '2021-13-45T99:00:00'])(
    'gives null for %j',
    (text) => {
      expect(parseBruinDate(text)).toBeNull();
    },
  );
});

describe('notesOldestFirst', () => {
  it('orders by date, keeps the given order for equal dates, puts unreadable dates last', () => {
    const notes = [
      note(1, '2021-01-05T12:00:00Z'),
      note(2, null),
      note(3, '2021-01-05T10:00:00Z'),
      note(4, 'garbage'),
      note(5, '2021-01-05T12:00:00Z'),
      note(6, '2021-01-05T06:00:00-05:00'),
    ];
    expect(notesOldestFirst(notes).map((n) => n.noteId)).toEqual([3, 6, 1, 5, 2, 4]);
    expect(notes.map((n) => n.noteId)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('notesFor', () => {
  it('keeps the notes tagged with one of the service numbers', () => {
    const notes = [
      note(1, null, { noteValue: 'a', serviceNumber: ['VC1'] }),
      note(2, null, { noteValue: 'b', serviceNumber: ['VC2', 'VC3'] }),
      note(3, null, { noteValue: 'c', serviceNumber: null }),
      note(4, null, { noteValue: 'd' }),
      note(5, null, { noteValue: 'e', serviceNumber: [] }),
    ];
    expect(notesFor(notes, ['VC3', 'VC1']).map((n) => n.noteId)).toEqual([1, 2]);
    expect(notesFor(notes, [])).toEqual([]);
  });
});

describe('notesSinceLatest', () => {
  const isReopen = noteStartsWith('Re-opening');
  const reopen = "#*MetTel's IPA*#\nRe-opening ticket.";

  it('keeps the notes from the latest matching one (included), oldest first', () => {
    const notes = [
      note(1, '2021-01-01T00:00:00Z'),
      note(2, '2021-01-02T00:00:00Z', { noteValue: reopen }),
      note(3, '2021-01-03T00:00:00Z'),
      note(4, '2021-01-05T00:00:00Z'),
      note(5, '2021-01-04T00:00:00Z', { noteValue: reopen }),
    ];
    expect(notesSinceLatest(notes, isReopen).map((n) => n.noteId)).toEqual([5, 4]);
  });

  it('keeps every note, oldest first, when none matches', () => {
    const notes = [
      note(1, '2021-01-02T00:00:00Z'),
      note(2, '2021-01-01T00:00:00Z', { noteValue: null }),
    ];
    expect(notesSinceLatest(notes, isReopen).map((n) => n.noteId)).toEqual([2, 1]);
  });
});

describe('NOTE_SPLIT_THRESHOLD', () => {
  it('is the longest note Bruin takes at once', () => {
    expect(NOTE_SPLIT_THRESHOLD).toBe(1_500);
  });
});
describe('parseBruinDate - ticket create dates', () => {
  it.each([
    ['11/22/2026 2:00:00 PM', '2026-11-22T14:00:00Z'],
    ['1/2/2026 12:05:09 AM', '2026-01-02T00:05:09Z'],
    ['1/2/2026 12:05:09 PM', '2026-01-02T12:05:09Z'],
    ['4/23/2019 7:59 PM', '2019-04-23T19:59:00Z'],
    ['4/23/2019 19:59:00', '2019-04-23T19:59:00Z'],
    ['2021-01-05T11:18:39.787-05:00', '2021-01-05T16:18:39.787Z'],
  ])('reads %s', (text, iso) => {
    expect(parseBruinDate(text)).toBe(Date.parse(iso));
  });

  it('reads nothing from null or garbage', () => {
    expect(parseBruinDate(null)).toBeNull();
    expect(parseBruinDate('yesterday')).toBeNull();
  });
});
