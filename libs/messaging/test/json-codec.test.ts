import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../src/json-codec.js';
import { PayloadBufferPool } from '../src/payload-buffer-pool.js';

const text = (value: unknown) => encodeJson(value).detach().toString('utf8');

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
    ['a long string whose only non-ASCII is last', { blob: `${'a'.repeat(70_000)}Ł` }],
    ['a long string ending in an astral character', { blob: `${'a'.repeat(70_000)}😀` }],
    ['a long string starting with non-ASCII', { blob: `Ł${'a'.repeat(70_000)}` }],
  ])('encodes %s exactly as JSON.stringify', (_name, value) => {
    expect(text(value)).toBe(JSON.stringify(value));
    expect(decodeJson(encodeJson(value).detach())).toEqual(JSON.parse(JSON.stringify(value)));
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
      expect(decodeJson(encoded.bytes)).toEqual({ body: { blob } });
      encoded.release();
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

  it('rejects a raw control character that follows non-ASCII text in a long literal', () => {
    const bytes = Buffer.from(`{"blob":"${big}é\u0001"}`, 'utf8');
    expect(() => decodeJson(bytes)).toThrow(SyntaxError);
  });

  it('rejects a large payload that is not JSON', () => {
    expect(() => decodeJson(Buffer.from(`{"blob":"${big}"`, 'utf8'))).toThrow(SyntaxError);
    expect(() => decodeJson(Buffer.from(`{"blob":"${big}`, 'utf8'))).toThrow(SyntaxError);
  });

  it('encodes a long string with a control character or U+FFFD exactly as JSON.stringify', () => {
    for (const blob of [`${'a'.repeat(70_000)}\u0007`, `${'a'.repeat(70_001)}\ufffd`]) {
      expect(text({ blob })).toBe(JSON.stringify({ blob }));
    }
  });
});

describe('json codec - pooled buffers for long strings', () => {
  it('writes a value with a long string into a pooled buffer with room to frame it', () => {
    const pool = new PayloadBufferPool();
    const value = { request_id: 'r', body: { blob: 'p'.repeat(300_000) } };
    const encoded = encodeJson(value, pool);
    expect(encoded.spareBefore).toBeGreaterThanOrEqual(128);
    expect(encoded.spareAfter).toBeGreaterThanOrEqual(64);
    expect(encoded.bytes.toString('utf8')).toBe(JSON.stringify(value));
    expect(pool.idleBytes).toBe(0);
    encoded.release();
    encoded.release();
    expect(pool.idleBytes).toBe(1_048_576);
  });

  it('reuses a released buffer without leaking its old bytes', () => {
    const pool = new PayloadBufferPool();
    encodeJson({ blob: 'o'.repeat(500_000) }, pool).release();
    const shorter = { blob: 'n'.repeat(70_000) };
    const encoded = encodeJson(shorter, pool);
    expect(pool.idleBytes).toBe(0);
    expect(encoded.bytes.toString('utf8')).toBe(JSON.stringify(shorter));
  });

  it('detaches a copy that outlives the pooled buffer', () => {
    const pool = new PayloadBufferPool();
    const first = encodeJson({ blob: 'd'.repeat(70_000) }, pool).detach();
    encodeJson({ blob: 'e'.repeat(70_000) }, pool).release();
    expect(first.toString('utf8')).toBe(JSON.stringify({ blob: 'd'.repeat(70_000) }));
  });

  it('gives the buffer back when a long string needs escapes and falls back to JSON.stringify', () => {
    const pool = new PayloadBufferPool();
    const value = { blob: `${'a'.repeat(70_000)}"` };
    const encoded = encodeJson(value, pool);
    expect(encoded.spareBefore).toBe(0);
    expect(encoded.bytes.toString('utf8')).toBe(JSON.stringify(value));
    expect(pool.idleBytes).toBe(1_048_576);
  });

  it('leaves small values unpooled', () => {
    const pool = new PayloadBufferPool();
    const encoded = encodeJson({ ticket_id: 1 }, pool);
    expect(encoded.spareBefore).toBe(0);
    expect(encoded.detach()).toBe(encoded.bytes);
    expect(pool.idleBytes).toBe(0);
  });
});
