/**
 * The one clock of the lab. Every simulator reads time from it: real time (speed 1), a fast clock
 * (speed 60 → an hour passes in a minute), a frozen one (speed 0), and manual jumps (`advance`,
 * `set`). Changing the speed never makes lab time jump.
 */
export interface LabClockOptions {
  /** Lab milliseconds per real millisecond; 0 freezes the clock. Default 1. */
  speed?: number;
  /** Lab time (epoch ms) at creation. Default: the real time. */
  startAt?: number;
  /** Source of real time, for tests. Default `Date.now`. */
  realNow?: () => number;
}

export interface LabClockSnapshot {
  now: string;
  epochMs: number;
  speed: number;
}

export class LabClock {
  readonly #realNow: () => number;
  #speed: number;
  #anchorReal: number;
  #anchorLab: number;

  constructor(options: LabClockOptions = {}) {
    this.#realNow = options.realNow ?? Date.now;
    this.#speed = validSpeed(options.speed ?? 1);
    this.#anchorReal = this.#realNow();
    this.#anchorLab = options.startAt ?? this.#anchorReal;
  }

  /** Lab time, epoch milliseconds (integer). */
  now(): number {
    return Math.floor(this.#anchorLab + (this.#realNow() - this.#anchorReal) * this.#speed);
  }

  date(): Date {
    return new Date(this.now());
  }

  get speed(): number {
    return this.#speed;
  }

  setSpeed(speed: number): void {
    this.#reanchor(this.now());
    this.#speed = validSpeed(speed);
  }

  /** Moves lab time forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError('advance needs a finite number of ms');
    this.#reanchor(this.now() + ms);
  }

  /** Sets lab time to `epochMs`. */
  set(epochMs: number): void {
    if (!Number.isFinite(epochMs)) throw new RangeError('set needs a finite epoch ms');
    this.#reanchor(epochMs);
  }

  snapshot(): LabClockSnapshot {
    const now = this.now();
    return { now: new Date(now).toISOString(), epochMs: now, speed: this.#speed };
  }

  #reanchor(labNow: number): void {
    this.#anchorReal = this.#realNow();
    this.#anchorLab = labNow;
  }
}

function validSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < 0) {
    throw new RangeError(`clock speed must be a finite number ≥ 0, got ${String(speed)}`);
  }
  return speed;
}
