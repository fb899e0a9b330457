import type { LabClock } from './lab-clock.js';

/** A task due at a lab time. */
export interface ScheduledTask {
  id: number;
  at: number;
  label: string;
  run: () => void;
}

/**
 * Work due at a lab time (a rebooted DiGi link coming back…). Nothing runs on its own: the lab
 * calls `runDue()` before every request it serves and on a short real-time interval, so a task
 * runs as soon as lab time has passed it, whether the clock ran, jumped or was advanced.
 */
export class LabScheduler {
  readonly #clock: LabClock;
  readonly #onError: (error: unknown, task: ScheduledTask) => void;
  readonly #tasks: ScheduledTask[] = [];
  #next = 1;

  /** `onError` hears a task that threw; the others still run (default: ignore). */
  constructor(deps: { clock: LabClock; onError?: (error: unknown, task: ScheduledTask) => void }) {
    this.#clock = deps.clock;
    this.#onError = deps.onError ?? (() => undefined);
  }

  /** Schedules `run` at lab time `at`; answers the task id. */
  at(args: { at: number; label: string; run: () => void }): number {
    const task: ScheduledTask = { id: this.#next, ...args };
    this.#next += 1;
    let i = this.#tasks.length;
    while (i > 0 && (this.#tasks[i - 1]?.at ?? 0) > task.at) i -= 1;
    this.#tasks.splice(i, 0, task);
    return task.id;
  }

  cancel(id: number): boolean {
    const index = this.#tasks.findIndex((t) => t.id === id);
    if (index < 0) return false;
    this.#tasks.splice(index, 1);
    return true;
  }

  /** Runs every task whose time has come, oldest first; answers how many ran. */
  runDue(): number {
    const now = this.#clock.now();
    let ran = 0;
    while ((this.#tasks[0]?.at ?? Infinity) <= now) {
      const task = this.#tasks.shift();
      if (task === undefined) break;
      try {
        task.run();
      } catch (error) {
        this.#onError(error, task);
      }
      ran += 1;
    }
    return ran;
  }

  pending(): readonly Omit<ScheduledTask, 'run'>[] {
    return this.#tasks.map(({ id, at, label }) => ({ id, at, label }));
  }

  reset(): void {
    this.#tasks.length = 0;
  }
}
