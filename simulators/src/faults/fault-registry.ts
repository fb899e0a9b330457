import type { LabClock } from '../clock/lab-clock.js';
import { LabError } from '../errors.js';
import type { FaultSpec } from './fault-spec.js';

/** A call as the fault hook sees it. */
export interface FaultTarget {
  simulator: string;
  instance?: string;
  method: string;
  /** The path without the query string. */
  path: string;
  query: Readonly<Record<string, unknown>>;
}

export interface ActiveFault extends FaultSpec {
  id: string;
  createdAt: number;
  /** Lab time after which the fault stops (null: no limit). */
  until: number | null;
  /** Calls left (null: no limit). */
  remaining: number | null;
  hits: number;
}

/**
 * The faults every simulator consults before answering. One shared registry: the control API
 * writes it, each simulator's hook reads it with its own name (and instance).
 */
export class FaultRegistry {
  readonly #clock: LabClock;
  readonly #faults: { fault: ActiveFault; pattern: RegExp }[] = [];
  #next = 1;

  constructor(deps: { clock: LabClock }) {
    this.#clock = deps.clock;
  }

  add(spec: FaultSpec): ActiveFault {
    const now = this.#clock.now();
    const fault: ActiveFault = {
      ...spec,
      id: `fault-${String(this.#next)}`,
      createdAt: now,
      until: spec.durationMs === undefined ? null : now + spec.durationMs,
      remaining: spec.times ?? null,
      hits: 0,
    };
    this.#next += 1;
    this.#faults.push({ fault, pattern: compilePathPattern(spec.path) });
    return fault;
  }

  /** Active faults, oldest first (spent or expired ones are dropped). */
  list(simulator?: string): ActiveFault[] {
    this.#prune();
    return this.#faults
      .map((f) => f.fault)
      .filter((f) => simulator === undefined || f.simulator === simulator);
  }

  remove(id: string): ActiveFault {
    const index = this.#faults.findIndex((f) => f.fault.id === id);
    const entry = this.#faults[index];
    if (entry === undefined) throw new LabError('FAULT_NOT_FOUND', `no fault ${id}`);
    this.#faults.splice(index, 1);
    return entry.fault;
  }

  /** Removes the faults of a simulator (or all); returns how many went. */
  clear(simulator?: string): number {
    const before = this.#faults.length;
    for (let i = this.#faults.length - 1; i >= 0; i -= 1) {
      if (simulator === undefined || this.#faults[i]?.fault.simulator === simulator)
        this.#faults.splice(i, 1);
    }
    return before - this.#faults.length;
  }

  /** The first active fault matching the call, counted as used; null when none. */
  take(target: FaultTarget): ActiveFault | null {
    this.#prune();
    for (const { fault, pattern } of this.#faults) {
      if (!matches({ fault, pattern, target })) continue;
      fault.hits += 1;
      if (fault.remaining !== null) fault.remaining -= 1;
      return fault;
    }
    return null;
  }

  reset(): void {
    this.#faults.length = 0;
    this.#next = 1;
  }

  #prune(): void {
    const now = this.#clock.now();
    for (let i = this.#faults.length - 1; i >= 0; i -= 1) {
      const fault = this.#faults[i]?.fault;
      if (fault === undefined) continue;
      if (
        (fault.remaining !== null && fault.remaining <= 0) ||
        (fault.until !== null && now >= fault.until)
      ) {
        this.#faults.splice(i, 1);
      }
    }
  }
}

function matches(args: { fault: ActiveFault; pattern: RegExp; target: FaultTarget }): boolean {
  const { fault, pattern, target } = args;
  if (fault.simulator !== target.simulator) return false;
  if (fault.instance !== undefined && fault.instance !== target.instance) return false;
  if (fault.method !== undefined && fault.method !== target.method.toUpperCase()) return false;
  if (!pattern.test(target.path)) return false;
  return Object.entries(fault.query ?? {}).every(([key, value]) =>
    queryHas(target.query, key, value),
  );
}

function queryHas(query: Readonly<Record<string, unknown>>, key: string, value: string): boolean {
  const wanted = key.toLowerCase();
  return Object.entries(query).some(([k, v]) => {
    if (k.toLowerCase() !== wanted) return false;
    const values = Array.isArray(v) ? v : [v];
    return values.some((item) => String(item).toLowerCase() === value.toLowerCase());
  });
}

/**
 * A path pattern as a RegExp: `*`, `{name}` and `:name` match one segment, `**` matches anything;
 * a trailing slash is optional; case-insensitive (vendor paths are).
 */
export function compilePathPattern(pattern: string): RegExp {
  const body = pattern
    .replace(/\/+$/, '')
    .split(/(\*\*|\*|\{[^}/]+\}|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '**') return '.*';
      if (part === '*' || /^\{[^}/]+\}$/.test(part) || /^:[A-Za-z_]/.test(part)) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}/?$`, 'i');
}
