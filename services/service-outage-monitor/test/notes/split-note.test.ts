import { describe, expect, it } from 'vitest';
import { splitNote, TRIAGE_CONTINUATION_HEADER } from '../../src/notes/index.js';

/** A note of `lines` lines of 99 characters (100 with the newline), the header first. */
function noteOf(length: number): string {
  const header = `${TRIAGE_CONTINUATION_HEADER}\n`;
  let text = header;
  let index = 0;
  while (text.length < length) {
    const line = `line ${String(index).padStart(3, '0')} `.padEnd(99, 'x');
    text += `${line}\n`;
    index += 1;
  }
  return text.slice(0, length);
}

describe('splitting triage notes', () => {
  it('keeps a 1499-character note whole', () => {
    const text = noteOf(1499);
    expect(text).toHaveLength(1499);
    expect(splitNote(text, TRIAGE_CONTINUATION_HEADER)).toEqual([text]);
  });

  it('splits a 1500-character note into chunks of just over 1000 with footers 1/2 and 2/2', () => {
    const text = noteOf(1500);
    const chunks = splitNote(text, TRIAGE_CONTINUATION_HEADER);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.endsWith('\nTriage note: 1/2')).toBe(true);
    expect(chunks[1]?.endsWith('\nTriage note: 2/2')).toBe(true);
    const firstBody = (chunks[0] ?? '').replace(/Triage note: 1\/2$/, '');
    expect(firstBody.length).toBeGreaterThan(1000);
    expect(firstBody.length).toBeLessThanOrEqual(1100);
    expect(chunks[1]?.startsWith(`${TRIAGE_CONTINUATION_HEADER}\n`)).toBe(true);
  });

  it('splits only at line boundaries and loses no line', () => {
    const text = noteOf(3456);
    const chunks = splitNote(text, TRIAGE_CONTINUATION_HEADER);
    expect(chunks.map((chunk) => chunk.split('\n').at(-1))).toEqual([
      'Triage note: 1/4',
      'Triage note: 2/4',
      'Triage note: 3/4',
      'Triage note: 4/4',
    ]);
    const rebuilt = chunks
      .map((chunk, index) => {
        const body = chunk.split('\n').slice(0, -1);
        return (index === 0 ? body : body.slice(2)).join('\n');
      })
      .join('\n');
    expect(rebuilt).toBe(`${text}\n`.replace(/\n$/, ''));
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(1_200);
  });

  it('numbers N from the text length even when the restarted headers make more chunks', () => {
    // 3001 chars of 100-char lines: ceil(3001/1000) = 4.
    const chunks = splitNote(noteOf(3001), TRIAGE_CONTINUATION_HEADER);
    expect(chunks.every((chunk) => /Triage note: \d\/4$/.test(chunk))).toBe(true);
  });
});
