/**
 * When something was up or down: the state before the first transition is `initiallyUp`, then
 * each transition sets it from `at` on. Transitions are kept sorted (the lab clock can be set
 * back), so a question about any interval has one answer.
 */
export interface UpTransition {
  at: number;
  up: boolean;
}

/** Half-open intervals [start, end). */
export type Interval = readonly [number, number];

export class UpTimeline {
  readonly #initiallyUp: boolean;
  readonly #transitions: UpTransition[] = [];

  constructor(initiallyUp: boolean) {
    this.#initiallyUp = initiallyUp;
  }

  record(at: number, up: boolean): void {
    let i = this.#transitions.length;
    while (i > 0 && (this.#transitions[i - 1]?.at ?? 0) > at) i -= 1;
    this.#transitions.splice(i, 0, { at, up });
  }

  upAt(at: number): boolean {
    let up = this.#initiallyUp;
    for (const t of this.#transitions) {
      if (t.at > at) break;
      up = t.up;
    }
    return up;
  }

  /** The parts of [start, end) during which the thing was up. */
  upIntervals(start: number, end: number): Interval[] {
    if (end <= start) return [];
    const out: Interval[] = [];
    let up = this.upAt(start);
    let from = start;
    for (const t of this.#transitions) {
      if (t.at <= start) continue;
      if (t.at >= end) break;
      if (t.up !== up) {
        if (up) out.push([from, t.at]);
        up = t.up;
        from = t.at;
      }
    }
    if (up) out.push([from, end]);
    return out;
  }
}

/** The intersection of two sorted lists of disjoint intervals. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] ?? [0, 0];
    const [bStart, bEnd] = b[j] ?? [0, 0];
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (start < end) out.push([start, end]);
    if (aEnd < bEnd) i += 1;
    else j += 1;
  }
  return out;
}

/** Milliseconds of `intervals` that fall within [start, end). */
export function overlapMs(intervals: readonly Interval[], start: number, end: number): number {
  let total = 0;
  for (const [s, e] of intervals) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to > from) total += to - from;
  }
  return total;
}
