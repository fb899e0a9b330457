import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { findJsonSpecialByte } from './byte-scanner.js';
import { PayloadBufferPool } from './payload-buffer-pool.js';

const decoder = new TextDecoder();

// Long strings skip JSON.stringify/JSON.parse: Node 20 spends ~1.5 ns a character in each, and
// a 20 MB blob through the claim-check would pay that twice (docs/adr/0003). Strings this long
// are copied as bytes and checked by the SIMD byte scanner instead.
const LARGE_STRING = 64 * 1024;
// Past this many nodes a value is a big structure, not a carrier of a few huge strings.
const MAX_SCANNED_NODES = 2_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** UTF-8 of U+FFFD: what Buffer#write makes of a lone surrogate (JSON.stringify escapes those). */
const REPLACEMENT_CHARACTER = Buffer.from([0xef, 0xbf, 0xbd]);

// Placeholders for long strings while the small rest goes through JSON: a random part drawn once
// per process, which no sender can know, and a count, so no two calls share one.
const PLACEHOLDER_SECRET = randomBytes(9).toString('hex');
let placeholders = 0;

function placeholderPrefix(kind: 'large' | 'literal'): string {
  placeholders += 1;
  return `@@ae-${kind}-${PLACEHOLDER_SECRET}-${placeholders.toString(36)}-`;
}

function hasLargeString(value: unknown): boolean {
  const stack: unknown[] = [value];
  let scanned = 0;
  while (stack.length > 0 && scanned < MAX_SCANNED_NODES) {
    const next = stack.pop();
    scanned += 1;
    if (typeof next === 'string') {
      if (next.length >= LARGE_STRING) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (typeof next === 'object' && next !== null && !('toJSON' in next)) {
      for (const item of Object.values(next)) stack.push(item);
    }
  }
  return false;
}

/** Bytes kept free before and after a pooled payload, so a transport can frame it in place. */
export const SPARE_BEFORE = 128;
export const SPARE_AFTER = 64;
// Room for one more character of up to four UTF-8 bytes after a long string: writing it with this
// limit tells whether the string was all ASCII (bytes written === characters) in the same pass.
const NEXT_CHARACTER = 4;

/** Encoded JSON bytes, possibly in a pooled buffer that must be handed back. */
export interface EncodedJson {
  /** The compact UTF-8 JSON, byte-identical to JSON.stringify's. */
  readonly bytes: Buffer;
  /** Free bytes before and after `bytes` in the same allocation (0 when not pooled). */
  readonly spareBefore: number;
  readonly spareAfter: number;
  /** Hands a pooled buffer back; `bytes` must not be read afterwards. Safe to call twice. */
  release(): void;
  /** Bytes that stay valid after release: a copy when pooled (then released), else `bytes`. */
  detach(): Buffer;
}

function unpooled(bytes: Buffer): EncodedJson {
  return { bytes, spareBefore: 0, spareAfter: 0, release: () => undefined, detach: () => bytes };
}

function pooled(pool: PayloadBufferPool, buffer: Buffer, end: number): EncodedJson {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    pool.release(buffer);
  };
  const bytes = buffer.subarray(SPARE_BEFORE, end);
  return {
    bytes,
    spareBefore: SPARE_BEFORE,
    spareAfter: buffer.length - end,
    release,
    detach: () => {
      const copy = Buffer.from(bytes);
      release();
      return copy;
    },
  };
}

/**
 * JSON text and long strings, alternating: text at even indexes, raw strings at odd ones;
 * undefined if a placeholder went missing (nothing known does that: then plain JSON it is).
 */
function splitAroundLargeStrings(value: unknown): string[] | undefined {
  const marker = placeholderPrefix('large');
  const large: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'string' && item.length >= LARGE_STRING) {
      large.push(item);
      return `${marker}${String(large.length - 1)}@@`;
    }
    return item;
  });
  // Placeholders appear in the text in the order the replacer made them; a RegExp built per call
  // would cost more to compile than the whole search.
  const pieces: string[] = [];
  let last = 0;
  for (const [index, string] of large.entries()) {
    const placeholder = `"${marker}${String(index)}@@"`;
    const at = text.indexOf(placeholder, last);
    if (at === -1) return undefined;
    pieces.push(text.slice(last, at + 1), string);
    last = at + placeholder.length - 1; // keep the closing quote
  }
  pieces.push(text.slice(last));
  return pieces;
}

/**
 * True when bytes [start, end) of a long string cannot stand between JSON quotes as they are.
 * `mayHoldNonAscii`: a lone surrogate, which JSON.stringify escapes, was written as U+FFFD (a real
 * U+FFFD is rare enough to take the escaping road too).
 */
function needsEscapes(
  bytes: Buffer,
  range: { start: number; end: number },
  mayHoldNonAscii: boolean,
) {
  const { start, end } = range;
  if (findJsonSpecialByte(bytes, { start, end, stopAtNonAscii: false }) !== -1) return true;
  if (!mayHoldNonAscii) return false;
  const replacement = bytes.indexOf(REPLACEMENT_CHARACTER, start);
  return replacement !== -1 && replacement < end;
}

/**
 * Writes the pieces into one pooled buffer. With `assumeAscii`, long strings are sized one byte a
 * character and the write itself tells whether that held. When it did not, or when a long string
 * needs JSON escapes, the buffer goes back and the reason is returned instead.
 */
function writePieces(
  pieces: readonly string[],
  pool: PayloadBufferPool,
  assumeAscii: boolean,
): EncodedJson | 'not-ascii' | 'needs-escapes' {
  const size = pieces.reduce(
    (sum, piece, index) =>
      sum + (index % 2 === 1 && assumeAscii ? piece.length : Buffer.byteLength(piece)),
    0,
  );
  const buffer = pool.acquire(SPARE_BEFORE + size + NEXT_CHARACTER + SPARE_AFTER);
  const giveBack = (reason: 'not-ascii' | 'needs-escapes') => {
    pool.release(buffer);
    return reason;
  };
  let offset = SPARE_BEFORE;
  for (const [index, piece] of pieces.entries()) {
    if (index % 2 === 0) {
      offset += buffer.write(piece, offset, 'utf8');
      continue;
    }
    const start = offset;
    const written = assumeAscii
      ? buffer.write(piece, offset, piece.length + NEXT_CHARACTER, 'utf8')
      : buffer.write(piece, offset, 'utf8');
    offset += written;
    if (assumeAscii && written !== piece.length) return giveBack('not-ascii');
    if (needsEscapes(buffer, { start, end: offset }, !assumeAscii))
      return giveBack('needs-escapes');
  }
  return pooled(pool, buffer, offset);
}

/** The process's pool for large payloads (see PayloadBufferPool). */
export const payloadBuffers = new PayloadBufferPool();

/**
 * Compact UTF-8 JSON, as the original's callers send; byte-identical to JSON.stringify. Values
 * that carry long strings are written into a pooled buffer with room to frame them in place
 * (docs/adr/0003): call `release()` or `detach()` once done with the bytes.
 */
export function encodeJson(value: unknown, pool: PayloadBufferPool = payloadBuffers): EncodedJson {
  if (hasLargeString(value)) {
    const pieces = splitAroundLargeStrings(value);
    let written = pieces && writePieces(pieces, pool, true);
    if (pieces && written === 'not-ascii') written = writePieces(pieces, pool, false);
    if (typeof written === 'object') return written;
  }
  return unpooled(Buffer.from(JSON.stringify(value), 'utf8'));
}

// Payloads this large are decoded by lifting their long string literals out first.
const LARGE_PAYLOAD = 1_048_576;
// Past this many short literals without finding mostly long ones, it is a big structure.
const MAX_SHORT_LITERALS = 4_096;

/**
 * Finds the ends of string literals. The next backslash is searched once and remembered, so a
 * payload without any costs one scan, not one per literal.
 */
class LiteralScanner {
  #nextBackslash = -2;

  constructor(private readonly bytes: Buffer) {}

  #backslashFrom(from: number): number {
    if (this.#nextBackslash !== -1 && this.#nextBackslash < from) {
      this.#nextBackslash = this.bytes.indexOf(BACKSLASH, from);
    }
    return this.#nextBackslash;
  }

  /** The index of the closing quote of the literal opened at `open` (-1: none), and whether it
   * holds escapes. */
  end(open: number): { close: number; escaped: boolean } {
    const { bytes } = this;
    let from = open + 1;
    let escaped = false;
    for (;;) {
      const close = bytes.indexOf(QUOTE, from);
      if (close === -1) return { close: -1, escaped };
      const backslash = this.#backslashFrom(from);
      if (backslash === -1 || backslash > close) return { close, escaped };
      escaped = true;
      // The quote is escaped when an odd run of backslashes precedes it.
      let run = 0;
      for (let index = close - 1; index > open && bytes[index] === BACKSLASH; index -= 1) run += 1;
      if (run % 2 === 0) return { close, escaped };
      from = close + 1;
    }
  }
}

function isKeyAt(bytes: Buffer, afterClose: number): boolean {
  for (let index = afterClose; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === COLON;
  }
  return false;
}

function decodeSlice(bytes: Buffer, start: number, end: number): string {
  const slice = bytes.subarray(start, end);
  return slice.toString(isAscii(slice) ? 'latin1' : 'utf8');
}

/**
 * The text of a long literal without escapes, or undefined when it holds a raw control byte
 * (invalid JSON: the whole parse then says so). ASCII, the common case, is known from the scan.
 */
function literalText(bytes: Buffer, start: number, end: number): string | undefined {
  const special = findJsonSpecialByte(bytes, { start, end, stopAtNonAscii: true });
  if (special === -1) return bytes.toString('latin1', start, end);
  // The literal holds no quote nor backslash, so a special byte below 0x80 is a control byte.
  if ((bytes[special] ?? 0) < 0x80) return undefined;
  if (findJsonSpecialByte(bytes, { start: special, end, stopAtNonAscii: false }) !== -1)
    return undefined;
  return bytes.toString('utf8', start, end);
}

function restore(value: unknown, marker: string, literals: readonly string[]): unknown {
  if (typeof value === 'string') {
    return value.startsWith(marker)
      ? (literals[Number(value.slice(marker.length))] ?? value)
      : value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      value[index] = restore(value[index], marker, literals);
    }
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = restore(record[key], marker, literals);
  }
  return value;
}

/**
 * A large payload: long literals without escapes are cut out as strings straight from the bytes,
 * the small rest ("skeleton") goes through JSON.parse, and the strings are put back. Returns
 * undefined when the payload is not like that (a big structure, escapes, anything odd): the
 * caller parses it whole, which also gives the standard errors.
 */
function decodeLarge(bytes: Buffer): unknown {
  const marker = placeholderPrefix('literal');
  const literals: string[] = [];
  const skeleton: string[] = [];
  let copied = 0;
  let position = 0;
  let shortLiterals = 0;
  let liftedBytes = 0;
  const scanner = new LiteralScanner(bytes);
  for (;;) {
    const open = bytes.indexOf(QUOTE, position);
    if (open === -1) break;
    const { close, escaped } = scanner.end(open);
    if (close === -1) return undefined;
    position = close + 1;
    if (escaped || close - open - 1 < LARGE_STRING || isKeyAt(bytes, close + 1)) {
      shortLiterals += 1;
      if (shortLiterals > MAX_SHORT_LITERALS && liftedBytes < open / 2) return undefined;
      continue;
    }
    const text = literalText(bytes, open + 1, close);
    if (text === undefined) return undefined;
    skeleton.push(decodeSlice(bytes, copied, open), `"${marker}${String(literals.length)}"`);
    literals.push(text);
    liftedBytes += close - open - 1;
    copied = close + 1;
  }
  if (literals.length === 0) return undefined;
  skeleton.push(decodeSlice(bytes, copied, bytes.length));
  return restore(JSON.parse(skeleton.join('')), marker, literals);
}

export function decodeJson(data: Uint8Array): unknown {
  if (data.byteLength >= LARGE_PAYLOAD) {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    try {
      const lifted = decodeLarge(bytes);
      if (lifted !== undefined) return lifted;
    } catch {
      // Not valid as a skeleton: the whole parse below says why.
    }
    return JSON.parse(decodeSlice(bytes, 0, bytes.length));
  }
  return JSON.parse(decoder.decode(data));
}

export function decodeText(data: Uint8Array): string {
  return decoder.decode(data);
}
