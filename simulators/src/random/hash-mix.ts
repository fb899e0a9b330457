/**
 * Stateless hashing for values that are a pure function of their inputs (a link's metrics in a
 * time bucket, a gateway's tunnel count…): no PRNG state to carry, any order of evaluation.
 */

/** FNV-1a over a string, mixed with a numeric seed. */
export function hashString(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return finalMix(hash);
}

/** Combines a hash with integers (murmur3-style finaliser after each step). */
export function mixInts(hash: number, ...values: number[]): number {
  let h = hash >>> 0;
  for (const value of values) {
    h = finalMix((h ^ Math.imul(value | 0, 0x9e3779b1)) >>> 0);
    h = finalMix((h + Math.floor(value / 4294967296)) >>> 0);
  }
  return h;
}

/** A float in [0, 1) from a hash. */
export function unitFromHash(hash: number): number {
  return (hash >>> 0) / 4294967296;
}

function finalMix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
