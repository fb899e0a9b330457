import { randomBytes } from 'node:crypto';
import type { LabClock } from '../clock/lab-clock.js';

/** Issued access tokens and their expiry in lab time. */
export class BruinTokenStore {
  readonly #clock: LabClock;
  readonly #ttlMs: number;
  readonly #expiries = new Map<string, number>();

  constructor(deps: { clock: LabClock; ttlSeconds: number }) {
    this.#clock = deps.clock;
    this.#ttlMs = deps.ttlSeconds * 1000;
  }

  issue(): { token: string; expiresInSeconds: number } {
    const token = `sim-${randomBytes(12).toString('hex')}`;
    this.#expiries.set(token, this.#clock.now() + this.#ttlMs);
    return { token, expiresInSeconds: Math.round(this.#ttlMs / 1000) };
  }

  isValid(token: string): boolean {
    const expiry = this.#expiries.get(token);
    if (expiry === undefined) return false;
    if (this.#clock.now() >= expiry) {
      this.#expiries.delete(token);
      return false;
    }
    return true;
  }

  revoke(token: string): void {
    this.#expiries.delete(token);
  }

  reset(): void {
    this.#expiries.clear();
  }
}
