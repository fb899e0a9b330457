import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';

const decoder = new TextDecoder();

// Node 20's JSON.stringify spends ~4 ns a character on a long string (80 ms for 20 MB); a regex
// check plus a byte copy is several times faster. Strings this long take that path.
const LARGE_STRING = 64 * 1024;
// What JSON.stringify would escape: quote, backslash, control characters, and (lone) surrogates.
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
// Past this many nodes a value is a big structure, not a carrier of a few huge strings.
const MAX_SCANNED_NODES = 2_000;

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

function encodeWithLargeStrings(value: unknown): Buffer {
  const marker = `@@ae-large-${randomBytes(6).toString('hex')}-`;
  const large: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'string' && item.length >= LARGE_STRING && !NEEDS_ESCAPE.test(item)) {
      large.push(item);
      return `${marker}${String(large.length - 1)}@@`;
    }
    return item;
  });
  // Pieces alternate: JSON text, a large string's raw characters, JSON text, ...
  const pieces: string[] = [];
  const placeholder = new RegExp(`"${marker}(\\d+)@@"`, 'g');
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    pieces.push(`${text.slice(last, match.index)}"`, large[Number(match[1])] ?? '');
    last = match.index + match[0].length - 1; // keep the closing quote
  }
  pieces.push(text.slice(last));
  // One allocation, each piece encoded straight into it: no intermediate copies.
  const output = Buffer.allocUnsafe(
    pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0),
  );
  let offset = 0;
  for (const piece of pieces) offset += output.write(piece, offset, 'utf8');
  return output;
}

/** Compact UTF-8 JSON, as the original's callers send; byte-identical to JSON.stringify. */
export function encodeJson(value: unknown): Uint8Array {
  if (hasLargeString(value)) return encodeWithLargeStrings(value);
  return Buffer.from(JSON.stringify(value), 'utf8');
}

// Past this size, an all-ASCII payload is decoded as latin1: the same text, decoded faster.
const LARGE_PAYLOAD = 1_048_576;

export function decodeJson(data: Uint8Array): unknown {
  if (data.byteLength >= LARGE_PAYLOAD && isAscii(data)) {
    return JSON.parse(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'),
    );
  }
  return JSON.parse(decoder.decode(data));
}

export function decodeText(data: Uint8Array): string {
  return decoder.decode(data);
}
