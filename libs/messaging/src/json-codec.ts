import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';

const decoder = new TextDecoder();

// Long strings skip JSON.stringify/JSON.parse: Node 20 spends ~1.5 ns a character in each, and
// a 20 MB blob through the claim-check would pay that twice (docs/adr/0003). Strings this long
// are copied as bytes and checked with native scans instead.
const LARGE_STRING = 64 * 1024;
// Past this many nodes a value is a big structure, not a carrier of a few huge strings.
const MAX_SCANNED_NODES = 2_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** UTF-8 of U+FFFD: what Buffer#write makes of a lone surrogate (JSON.stringify escapes those). */
const REPLACEMENT_CHARACTER = Buffer.from([0xef, 0xbf, 0xbd]);

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

/**
 * True when bytes [start, end) hold a control character (< 0x20), which JSON must escape. Reads
 * four bytes at a time where aligned (the "has a byte less than n" word trick), so 20 MB take a
 * few milliseconds instead of a regex's 30.
 */
function hasControlByte(bytes: Buffer, start: number, end: number): boolean {
  let index = start;
  const absolute = bytes.byteOffset + index;
  const misaligned = (4 - (absolute % 4)) % 4;
  for (const stop = Math.min(end, index + misaligned); index < stop; index += 1) {
    if ((bytes[index] ?? 0) < 0x20) return true;
  }
  const words = Math.floor((end - index) / 4);
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + index, words);
    for (let word = 0; word < words; word += 1) {
      const x = view[word] ?? 0;
      if (((x - 0x20202020) & ~x & 0x80808080) !== 0) return true;
    }
    index += words * 4;
  }
  for (; index < end; index += 1) {
    if ((bytes[index] ?? 0) < 0x20) return true;
  }
  return false;
}

/** True when bytes [start, end) can stand between JSON quotes as they are. */
function isPlainJsonText(bytes: Buffer, start: number, end: number): boolean {
  const within = (found: number) => found !== -1 && found < end;
  return (
    !within(bytes.indexOf(QUOTE, start)) &&
    !within(bytes.indexOf(BACKSLASH, start)) &&
    !within(bytes.indexOf(REPLACEMENT_CHARACTER, start)) &&
    !hasControlByte(bytes, start, end)
  );
}

function encodeWithLargeStrings(value: unknown): Buffer {
  const marker = `@@ae-large-${randomBytes(6).toString('hex')}-`;
  const large: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'string' && item.length >= LARGE_STRING) {
      large.push(item);
      return `${marker}${String(large.length - 1)}@@`;
    }
    return item;
  });
  // Pieces alternate: JSON text (even indexes), a large string's raw characters (odd indexes).
  const pieces: string[] = [];
  const placeholder = new RegExp(`"${marker}(\\d+)@@"`, 'g');
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    pieces.push(`${text.slice(last, match.index)}"`, large[Number(match[1])] ?? '');
    last = match.index + match[0].length - 1; // keep the closing quote
  }
  pieces.push(text.slice(last));
  // One allocation (its own, so it is word-aligned), each piece encoded straight into it.
  const output = Buffer.allocUnsafeSlow(
    pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0),
  );
  let offset = 0;
  for (const [index, piece] of pieces.entries()) {
    const start = offset;
    offset += output.write(piece, offset, 'utf8');
    // A large string that JSON would escape (quote, backslash, control or lone surrogate; a
    // real U+FFFD is rare enough to take the slow road too): let JSON.stringify do it all.
    if (index % 2 === 1 && !isPlainJsonText(output, start, offset)) {
      return Buffer.from(JSON.stringify(value), 'utf8');
    }
  }
  return output;
}

/** Compact UTF-8 JSON, as the original's callers send; byte-identical to JSON.stringify. */
export function encodeJson(value: unknown): Uint8Array {
  if (hasLargeString(value)) return encodeWithLargeStrings(value);
  return Buffer.from(JSON.stringify(value), 'utf8');
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
  const marker = `@@ae-literal-${randomBytes(6).toString('hex')}-`;
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
    if (hasControlByte(bytes, open + 1, close)) return undefined;
    skeleton.push(decodeSlice(bytes, copied, open), `"${marker}${String(literals.length)}"`);
    literals.push(decodeSlice(bytes, open + 1, close));
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
