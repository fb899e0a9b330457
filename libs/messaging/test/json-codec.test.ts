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
