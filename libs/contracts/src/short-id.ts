import { randomFillSync } from 'node:crypto';

// The original's ids are Python `shortuuid` strings: 22 characters of this base-57 alphabet
// (no 0/1/I/O/l). Request ids and claim-check keys keep the format. 57^22 ≈ 2^128, as a UUID.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const SHORT_ID_LENGTH = 22;

// Bytes ≥ 228 (= 4 × 57) are skipped so `byte % 57` stays uniform.
const UNBIASED_LIMIT = 228;
const pool = Buffer.alloc(4_096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const byte = pool[poolOffset] ?? 0;
  poolOffset += 1;
  return byte;
}

/** A fresh 22-character base-57 id, the format of the original's request ids and claim-check keys. */
export function newShortId(): string {
  let id = '';
  while (id.length < SHORT_ID_LENGTH) {
    const byte = randomByte();
    if (byte < UNBIASED_LIMIT) id += ALPHABET.charAt(byte % 57);
  }
  return id;
}
