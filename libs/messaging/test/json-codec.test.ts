import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../src/json-codec.js';

const text = (value: unknown) => Buffer.from(encodeJson(value)).toString('utf8');

describe('json codec', () => {
  it.each([
    ['a small envelope', { request_id: 'abc', body: { ticket_id: 1, note: 'é ✓' } }],
    ['a large plain string', { body: { blob: 'x'.repeat(200_000) } }],
    [
      'a large string that needs escaping',
      { body: { blob: `"quoted"\n${'y'.repeat(100_000)}\\` } },
    ],
    ['large non-ASCII text', { body: { blob: 'ñ✓'.repeat(50_000) } }],
    [
      'several large strings in an array',
      { body: ['a'.repeat(70_000), 'small', 'b'.repeat(70_000)] },
    ],
    ['a large string beside a Date', { body: { at: new Date(0), blob: 'z'.repeat(70_000) } }],
    ['a lone surrogate', { body: { blob: `\ud800${'q'.repeat(70_000)}` } }],
  ])('encodes %s exactly as JSON.stringify', (_name, value) => {
    expect(text(value)).toBe(JSON.stringify(value));
    expect(decodeJson(encodeJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('does not take text that looks like its placeholder for a large string', () => {
    const value = { a: '@@ae-large-000000000000-0@@', b: 'c'.repeat(70_000) };
    expect(text(value)).toBe(JSON.stringify(value));
  });
});

describe('json codec - large payloads', () => {
  it('decodes a large all-ASCII payload and a large UTF-8 one alike', () => {
    for (const blob of ['a'.repeat(1_100_000), `${'a'.repeat(1_100_000)}é✓`]) {
      const encoded = encodeJson({ body: { blob } });
      expect(decodeJson(encoded)).toEqual({ body: { blob } });
    }
  });
});

describe('json codec - long literals lifted out of large payloads', () => {
  const big = 'L'.repeat(1_100_000);
  const roundTrip = (value: unknown) => decodeJson(Buffer.from(JSON.stringify(value), 'utf8'));

  it.each([
    ['one long literal', { request_id: 'r', body: { blob: big } }],
    ['long literals in an array beside small values', { body: [big, 'x', 1, null, big] }],
    ['a long literal with escapes', { body: { blob: `${big}"\\\n${big}` } }],
    ['a long key', { [big]: 1, b: big }],
    ['a long literal with a real U+FFFD', { body: { blob: `${big}\ufffd` } }],
    ['a long non-ASCII literal', { body: { blob: `${big}ñ✓` } }],
    [
      'thousands of small strings before a long one',
      {
        rows: Array.from({ length: 5_000 }, (_v, i) => `row ${String(i)}`),
        blob: big,
      },
    ],
    [
      'a big structure of small strings only',
      {
        rows: Array.from({ length: 120_000 }, (_v, i) => `a fairly ordinary row ${String(i)}`),
      },
    ],
    ['text that looks like the placeholder', { a: '@@ae-literal-000000000000-0', b: big }],
  ])('decodes %s exactly as JSON.parse', (_name, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('rejects a long literal holding a raw control character, as JSON.parse does', () => {
    const bytes = Buffer.from(`{"blob":"${big}\u0001"}`, 'utf8');
    expect(() => decodeJson(bytes)).toThrow(SyntaxError);
  });

  it('rejects a large payload that is not JSON', () => {
    expect(() => decodeJson(Buffer.from(`{"blob":"${big}"`, 'utf8'))).toThrow(SyntaxError);
    expect(() => decodeJson(Buffer.from(`{"blob":"${big}`, 'utf8'))).toThrow(SyntaxError);
  });

  it('encodes a long string with a control character or U+FFFD exactly as JSON.stringify', () => {
    for (const blob of [`${'a'.repeat(70_000)}\u0007`, `${'a'.repeat(70_001)}\ufffd`]) {
      expect(Buffer.from(encodeJson({ blob })).toString('utf8')).toBe(JSON.stringify({ blob }));
    }
  });
});
