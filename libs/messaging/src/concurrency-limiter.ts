/**
 * Lets at most `limit` tasks run at once; `acquire` waits for a free slot. The bus uses one per
 * served subject, so one slow vendor call no longer holds up every later request (the original
 * handled a subject's messages one at a time).
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`concurrency must be a whole number ≥ 1, got ${String(limit)}`);
    }
  }

  get running(): number {
    return this.active;
  }

  acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(() => {
        this.active += 1;
        resolve();
      });
    });
  }

  release(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next) next();
    else if (this.active === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
  }

  /** Resolves once nothing runs (immediately when idle). */
  idle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
