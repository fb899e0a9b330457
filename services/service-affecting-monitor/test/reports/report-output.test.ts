import { describe, expect, it } from 'vitest';
import { bruinFilterDate, dateIn, escapeHtml, toCsv } from '../../src/reports/report-output.js';

describe('toCsv (every field quoted, as the original)', () => {
  it.each([
    ['plain text', ['abc'], '"abc"'],
    ['a comma stays inside the quotes', ['a,b'], '"a,b"'],
    ['a double quote is doubled', ['say "hi"'], '"say ""hi"""'],
    ['a new line stays inside the quotes', ['a\nb'], '"a\nb"'],
    ['numbers', [3], '"3"'],
    ['lines are joined with a space', [{ lines: ['a', 'b'] }], '"a b"'],
    ['lines with a separator', [{ lines: ['1', '2'], separator: ',' }], '"1, 2"'],
  ])('%s', (_name, row, line) => {
    expect(toCsv(['H'], [row])).toBe(`"H"\r\n${line}\r\n`);
  });
});

describe('text helpers', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('writes the date of an instant in a zone', () => {
    expect(dateIn(new Date('2026-11-22T03:00:00Z'), 'America/New_York')).toBe('2026-11-21');
    expect(dateIn(new Date('2026-11-22T03:00:00Z'), 'UTC')).toBe('2026-11-22');
  });

  it("writes Bruin's filter dates", () => {
    expect(bruinFilterDate(new Date('2026-11-22T05:00:00.123Z'))).toBe('2026-11-22T05:00:00Z');
  });
});
