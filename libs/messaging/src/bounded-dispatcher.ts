/**
 * Runs at most `limit` tasks at once and queues the rest, in arrival order. `push` never waits,
 * so a batch of messages the NATS client parsed in one read is dispatched in one turn of the event
 * loop, and replies written synchronously leave in one socket write. The bus uses one per served
 * subject, so one slow vendor call no longer holds up every later request (the original handled a
 * subject's messages one at a time).
 */
export class BoundedDispatcher<T> {
  private active = 0;
  private readonly waiting: T[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    readonly limit: number,
    private readonly run: (item: T) => void | Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`concurrency must be a whole number ≥ 1, got ${String(limit)}`);
    }
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  push(item: T): void {
    if (this.active >= this.limit) {
      this.waiting.push(item);
      return;
    }
    this.start(item);
  }

  /** Resolves once nothing runs or waits (immediately when idle). */
  idle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private start(item: T): void {
    this.active += 1;
    let outcome: void | Promise<void>;
    try {
      outcome = this.run(item);
    } catch (error) {
      this.onError(error);
      this.finish();
      return;
    }
    if (outcome instanceof Promise) {
      outcome.catch(this.onError).finally(() => {
        this.finish();
      });
    } else {
      this.finish();
    }
  }

  private finish(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next !== undefined) {
      this.start(next);
      return;
    }
    if (this.active === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
  }
}
