import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleByteScanner } from '../scripts/byte-scanner-assembly.js';
import { findJsonSpecialByte } from '../src/byte-scanner.js';

const SCRATCH = 262_144;
const LENGTH = 2 * SCRATCH + 100;

function filled(at: number, byte: number): Buffer {
  const bytes = Buffer.alloc(LENGTH, 'a');
  bytes[at] = byte;
  return bytes;
}

describe('byte scanner', () => {
  const positions = [0, 15, 16, 63, 64, 65, 127, SCRATCH - 1, SCRATCH, SCRATCH + 1, LENGTH - 1];

  it.each([
    ['a quote', 0x22],
    ['a backslash', 0x5c],
    ['NUL', 0x00],
    ['a newline', 0x0a],
    ['unit separator (0x1f)', 0x1f],
  ])('finds %s wherever it is, in both modes', (_name, byte) => {
    for (const at of positions) {
      const bytes = filled(at, byte);
      expect(findJsonSpecialByte(bytes, { start: 0, end: LENGTH, stopAtNonAscii: false })).toBe(at);
      expect(findJsonSpecialByte(bytes, { start: 0, end: LENGTH, stopAtNonAscii: true })).toBe(at);
    }
  });

  it.each([0x80, 0xc3, 0xff])('stops at byte 0x%s only when asked to stop at non-ASCII', (byte) => {
    for (const at of positions) {
      const bytes = filled(at, byte);
      expect(findJsonSpecialByte(bytes, { start: 0, end: LENGTH, stopAtNonAscii: true })).toBe(at);
      expect(findJsonSpecialByte(bytes, { start: 0, end: LENGTH, stopAtNonAscii: false })).toBe(-1);
    }
  });

  it.each([0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f])('lets 0x%s through', (byte) => {
    const bytes = Buffer.alloc(1_000, byte);
    expect(findJsonSpecialByte(bytes, { start: 0, end: bytes.length, stopAtNonAscii: true })).toBe(
      -1,
    );
  });

  it('searches only the range it is given, and answers in the buffer’s indexes', () => {
    const bytes = filled(10, 0x22);
    bytes[SCRATCH + 5] = 0x0a;
    expect(findJsonSpecialByte(bytes, { start: 11, end: LENGTH, stopAtNonAscii: false })).toBe(
      SCRATCH + 5,
    );
    expect(findJsonSpecialByte(bytes, { start: 11, end: SCRATCH + 5, stopAtNonAscii: false })).toBe(
      -1,
    );
    expect(findJsonSpecialByte(bytes, { start: 10, end: 10, stopAtNonAscii: false })).toBe(-1);
    const view = bytes.subarray(7);
    expect(findJsonSpecialByte(view, { start: 0, end: view.length, stopAtNonAscii: false })).toBe(
      3,
    );
  });

  it('runs the module assembled from byte-scanner.wat as committed', async () => {
    const source = readFileSync(join(import.meta.dirname, '..', 'src', 'byte-scanner.wat'), 'utf8');
    const committed = readFileSync(
      join(import.meta.dirname, '..', 'src', 'byte-scanner-wasm.ts'),
      'utf8',
    );
    expect(await assembleByteScanner(source)).toBe(committed);
  });
});
