/**
 * The task id of each serial, remembered for a while (the original kept it in Redis under
 * `<ENVIRONMENT_NAME>-dri-serial-<serial>` with `DRI_DATA_REDIS_TTL`): a request that finds one
 * resumes or re-reads that task instead of starting another on the device.
 */
export class TaskIdCache {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, { id: number; expiresAt: number }>();

  constructor(options: { ttlMs: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  get(serial: string): number | undefined {
    const entry = this.#entries.get(serial);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(serial);
      return undefined;
    }
    return entry.id;
  }

  set(serial: string, id: number): void {
    this.#entries.set(serial, { id, expiresAt: this.#now() + this.#ttlMs });
  }

  delete(serial: string): void {
    this.#entries.delete(serial);
  }
}
