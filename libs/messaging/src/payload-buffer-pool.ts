const MIB = 1_048_576;

export interface PayloadBufferPoolOptions {
  /** Buffers kept while idle (the largest are kept). */
  maxIdle?: number;
  /** Buffers larger than this are never kept. */
  maxBufferBytes?: number;
  /** Idle buffers are let go this long after the last release. */
  idleMs?: number;
}

/**
 * Reusable buffers for large encoded payloads. Writing a fresh 20 MB allocation costs 10–25 ms of
 * page faults on this kind of machine, ten times the write itself; a reused buffer costs none
 * (docs/adr/0003). Bounded: a few buffers, each at most `maxBufferBytes`, let go when idle.
 */
export class PayloadBufferPool {
  readonly #idle: Buffer[] = [];
  readonly #maxIdle: number;
  readonly #maxBufferBytes: number;
  readonly #idleMs: number;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: PayloadBufferPoolOptions = {}) {
    this.#maxIdle = options.maxIdle ?? 2;
    this.#maxBufferBytes = options.maxBufferBytes ?? 64 * MIB;
    this.#idleMs = options.idleMs ?? 30_000;
  }

  /** A buffer of at least `size` bytes; its content is whatever was there before. */
  acquire(size: number): Buffer {
    let best = -1;
    for (const [index, buffer] of this.#idle.entries()) {
      const fits = buffer.length >= size;
      if (fits && (best === -1 || buffer.length < (this.#idle[best]?.length ?? 0))) best = index;
    }
    if (best !== -1) return this.#idle.splice(best, 1)[0] as Buffer;
    // Whole MiB, so that payloads of similar sizes can share a buffer.
    const rounded = Math.ceil(size / MIB) * MIB;
    return Buffer.allocUnsafeSlow(rounded <= this.#maxBufferBytes ? rounded : size);
  }

  /** Takes a buffer back; it must not be used by the caller afterwards. */
  release(buffer: Buffer): void {
    if (buffer.length > this.#maxBufferBytes || this.#idle.includes(buffer)) return;
    this.#idle.push(buffer);
    this.#idle.sort((a, b) => b.length - a.length);
    this.#idle.length = Math.min(this.#idle.length, this.#maxIdle);
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.clear(), this.#idleMs);
    this.#idleTimer.unref();
  }

  /** How many bytes idle buffers hold (for tests and metrics). */
  get idleBytes(): number {
    return this.#idle.reduce((sum, buffer) => sum + buffer.length, 0);
  }

  /** Lets every idle buffer go. */
  clear(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    this.#idle.length = 0;
  }
}
