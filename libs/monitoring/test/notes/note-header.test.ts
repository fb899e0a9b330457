import { describe, expect, it } from 'vitest';
import {
  ANY_HEADER_SOURCE,
  isSystemNote,
  LEGACY_NOTE_HEADER,
  NOTE_HEADER,
  noteField,
  noteLines,
  noteStartsWith,
} from '@automation-engine/monitoring';

describe('note headers', () => {
  it('uses the IPA header and knows the legacy one (spec conventions)', () => {
    expect(NOTE_HEADER).toBe("#*MetTel's IPA*#");
    expect(LEGACY_NOTE_HEADER).toBe('#*Automation Engine*#');
    expect(new RegExp(`^${ANY_HEADER_SOURCE}$`).test(NOTE_HEADER)).toBe(true);
    expect(new RegExp(`^${ANY_HEADER_SOURCE}$`).test(LEGACY_NOTE_HEADER)).toBe(true);
    expect(new RegExp(`^${ANY_HEADER_SOURCE}$`).test("#*MetTel's IPAX*#")).toBe(false);
  });

  it.each([
    [`${NOTE_HEADER}\nTriage (VeloCloud)`, true],
    [`${LEGACY_NOTE_HEADER}\nRe-opening ticket.`, true],
    ['A person wrote this', false],
    [` ${NOTE_HEADER}`, false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('isSystemNote(%j) is %s', (text, expected) => {
    expect(isSystemNote(text)).toBe(expected);
  });

  describe('noteStartsWith', () => {
    const isTriage = noteStartsWith('Triage \\(VeloCloud\\)');

    it.each([
      [`${NOTE_HEADER}\nTriage (VeloCloud)\nEdge: x`, true],
      [`${LEGACY_NOTE_HEADER}\nTriage (VeloCloud)`, true],
      [`${NOTE_HEADER}\nRe-opening ticket.`, false],
      [`Triage (VeloCloud)`, false],
      [`${NOTE_HEADER} Triage (VeloCloud)`, false],
      [null, false],
    ])('matches %j: %s', (text, expected) => {
      expect(isTriage(text)).toBe(expected);
    });

    it('takes regular-expression flags', () => {
      expect(noteStartsWith('triage', 'i')(`${NOTE_HEADER}\nTRIAGE`)).toBe(true);
      expect(noteStartsWith('triage')(`${NOTE_HEADER}\nTRIAGE`)).toBe(false);
    });
  });

  it('splits lines, tolerating \\r\\n', () => {
    expect(noteLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
  });

  it('reads the first field value, trimmed, or null', () => {
    const note = `${NOTE_HEADER}\nEdge Name: store 1 \nInterface: GE1\nInterface: GE2\nTrouble:`;
    expect(noteField(note, 'Edge Name')).toBe('store 1');
    expect(noteField(note, 'Interface')).toBe('GE1');
    expect(noteField(note, 'Trouble')).toBe('');
    expect(noteField(note, 'Serial')).toBeNull();
    expect(noteField('  Interface: GE3', 'Interface')).toBeNull();
  });
});
