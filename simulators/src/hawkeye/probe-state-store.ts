import type { LabClock } from '../clock/lab-clock.js';
import { LabError } from '../errors.js';
import type { FleetProbe } from '../fleet/fleet-types.js';
import { UpTimeline } from '../state/up-timeline.js';

/** The two kinds of probe monitoring H1 reports (`nodetonode`, `realservice`). */
export const PROBE_TEST_KINDS = ['nodetonode', 'realservice'] as const;
export type ProbeTestKind = (typeof PROBE_TEST_KINDS)[number];

/** A probe's tests made to fail for a while (all its tests, or one test type / metric). */
export interface ProbeDegradation {
  id: string;
  serialNumber: string;
  probeIndex: number;
  /** `Voice bidirectional`, `ICMP Test`…; null = every test of the probe. */
  testType: string | null;
  /** The metric that fails; null = the test's first metric. */
  metric: string | null;
  /** The value reported for it; null = a value well past its threshold. */
  value: number | null;
  from: number;
  until: number | null;
}

export type NewProbeDegradation = Omit<ProbeDegradation, 'id'>;

/**
 * Runtime state of the probes: up/down per kind with its history (test results of the past keep
 * the state they had then), and degradations. Untouched probes are up, as seeded.
 */
export class ProbeStateStore {
  readonly #clock: LabClock;
  readonly #timelines = new Map<string, UpTimeline>();
  readonly #changedAt = new Map<string, number>();
  readonly #degradations: ProbeDegradation[] = [];
  #next = 1;

  constructor(deps: { clock: LabClock }) {
    this.#clock = deps.clock;
  }

  setUp(args: { probe: FleetProbe; kind: ProbeTestKind; up: boolean }): void {
    const key = stateKey(args.probe, args.kind);
    if (this.isUp(args.probe, args.kind) === args.up) return;
    const now = this.#clock.now();
    let timeline = this.#timelines.get(key);
    if (timeline === undefined) {
      timeline = new UpTimeline(true);
      this.#timelines.set(key, timeline);
    }
    timeline.record(now, args.up);
    this.#changedAt.set(key, now);
  }

  /** Up now, or at lab time `at`. */
  isUp(probe: FleetProbe, kind: ProbeTestKind, at?: number): boolean {
    return this.#timelines.get(stateKey(probe, kind))?.upAt(at ?? this.#clock.now()) ?? true;
  }

  /** When the state last changed (null: never since the seed). */
  changedAt(probe: FleetProbe, kind: ProbeTestKind): number | null {
    return this.#changedAt.get(stateKey(probe, kind)) ?? null;
  }

  /** Probes whose state differs from the seed or that have a degradation. */
  changedProbeIndexes(): number[] {
    const indexes = new Set<number>();
    for (const key of this.#timelines.keys()) indexes.add(Number(key.split('|')[0]));
    for (const d of this.#degradations) indexes.add(d.probeIndex);
    return [...indexes].sort((a, b) => a - b);
  }

  addDegradation(input: NewProbeDegradation): ProbeDegradation {
    const degradation = { id: `probe-deg-${String(this.#next)}`, ...input };
    this.#next += 1;
    this.#degradations.push(degradation);
    return degradation;
  }

  /** The newest degradation of the probe's test active at `at`. */
  degradationAt(args: {
    probe: FleetProbe;
    testType: string;
    at: number;
  }): ProbeDegradation | undefined {
    for (let i = this.#degradations.length - 1; i >= 0; i -= 1) {
      const d = this.#degradations[i];
      if (d === undefined || d.probeIndex !== args.probe.index) continue;
      if (d.testType !== null && d.testType !== args.testType) continue;
      if (args.at >= d.from && (d.until === null || args.at < d.until)) return d;
    }
    return undefined;
  }

  listDegradations(): ProbeDegradation[] {
    return [...this.#degradations];
  }

  removeDegradation(id: string): ProbeDegradation {
    const index = this.#degradations.findIndex((d) => d.id === id);
    const found = this.#degradations[index];
    if (found === undefined) throw new LabError('DEGRADATION_NOT_FOUND', `no degradation ${id}`);
    this.#degradations.splice(index, 1);
    return found;
  }

  reset(): void {
    this.#timelines.clear();
    this.#changedAt.clear();
    this.#degradations.length = 0;
    this.#next = 1;
  }
}

function stateKey(probe: FleetProbe, kind: ProbeTestKind): string {
  return `${String(probe.index)}|${kind}`;
}
