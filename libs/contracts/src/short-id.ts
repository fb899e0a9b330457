import { randomBytes } from 'node:crypto';

// The original's ids are Python `shortuuid` strings: a random UUID written in base 57 with
// this alphabet (no 0/1/I/O/l), 22 characters long. Request ids and claim-check keys keep it.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE = BigInt(ALPHABET.length);
export const SHORT_ID_LENGTH = 22;

/** A fresh 22-character base-57 id, the format of the original's request ids and claim-check keys. */
export function newShortId(): string {
  let value = BigInt(`0x${randomBytes(16).toString('hex')}`);
  let id = '';
  while (value > 0n) {
    id = ALPHABET.charAt(Number(value % BASE)) + id;
    value /= BASE;
  }
  return id.padStart(SHORT_ID_LENGTH, ALPHABET.charAt(0));
}
