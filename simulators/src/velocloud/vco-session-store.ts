import { randomBytes } from 'node:crypto';
import type { LabClock } from '../clock/lab-clock.js';

/** The `velocloud.session` cookies of one VCO host, with their expiry in lab time. */
export class VcoSessionStore {
  readonly #clock: LabClock;
  readonly #ttlMs: number;
  readonly #expiries = new Map<string, number>();

  constructor(deps: { clock: LabClock; ttlSeconds: number }) {
    this.#clock = deps.clock;
    this.#ttlMs = deps.ttlSeconds * 1000;
  }

  open(): string {
    const session = randomBytes(16).toString('hex');
    this.#expiries.set(session, this.#clock.now() + this.#ttlMs);
    return session;
  }

  isValid(session: string): boolean {
    const expiry = this.#expiries.get(session);
    if (expiry === undefined) return false;
    if (this.#clock.now() >= expiry) {
      this.#expiries.delete(session);
      return false;
    }
    return true;
  }

  close(session: string): void {
    this.#expiries.delete(session);
  }

  reset(): void {
    this.#expiries.clear();
  }
}
