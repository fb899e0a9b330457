import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayloadBufferPool } from '../src/payload-buffer-pool.js';

const MIB = 1_048_576;

describe('payload buffer pool', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands out whole MiB and gives a released buffer to the next caller that fits', () => {
    const pool = new PayloadBufferPool();
    const first = pool.acquire(1_500_000);
    expect(first.length).toBe(2 * MIB);
    pool.release(first);
    expect(pool.acquire(2 * MIB)).toBe(first);
    expect(pool.idleBytes).toBe(0);
  });

  it('picks the smallest idle buffer that fits', () => {
    const pool = new PayloadBufferPool();
    const big = pool.acquire(8 * MIB);
    const small = pool.acquire(2 * MIB);
    pool.release(big);
    pool.release(small);
    expect(pool.acquire(MIB)).toBe(small);
    expect(pool.acquire(3 * MIB)).toBe(big);
  });

  it('keeps at most maxIdle buffers, the largest ones', () => {
    const pool = new PayloadBufferPool({ maxIdle: 2 });
    const buffers = [1, 3, 2].map((mib) => pool.acquire(mib * MIB));
    for (const buffer of buffers) pool.release(buffer);
    expect(pool.idleBytes).toBe(5 * MIB);
  });

  it('never keeps a buffer over maxBufferBytes, nor the same buffer twice', () => {
    const pool = new PayloadBufferPool({ maxBufferBytes: 4 * MIB });
    const huge = pool.acquire(5 * MIB + 1);
    expect(huge.length).toBe(5 * MIB + 1);
    pool.release(huge);
    expect(pool.idleBytes).toBe(0);
    const kept = pool.acquire(MIB);
    pool.release(kept);
    pool.release(kept);
    expect(pool.idleBytes).toBe(MIB);
  });

  it('lets idle buffers go after idleMs', () => {
    vi.useFakeTimers();
    const pool = new PayloadBufferPool({ idleMs: 1_000 });
    pool.release(pool.acquire(MIB));
    vi.advanceTimersByTime(999);
    expect(pool.idleBytes).toBe(MIB);
    vi.advanceTimersByTime(1);
    expect(pool.idleBytes).toBe(0);
  });
});
