import {
  HAWKEYE_THRESHOLD_TYPES,
  type HawkeyeTestDetail,
  type HawkeyeTestMetric,
  type HawkeyeTestStatus,
  type HawkeyeTestSummary,
} from '@automation-engine/vendor-apis';
import type { Fleet, FleetProbe } from '../fleet/fleet-types.js';
import { mixInts, unitFromHash } from '../random/hash-mix.js';
import { formatIsoSeconds as formatHawkeyeDate } from '../clock/format-iso-seconds.js';
import type { ProbeStateStore, ProbeTestKind } from './probe-state-store.js';

/** Test types a degradation may name (one per test below). */
export const PROBE_TEST_TYPES = ['Voice bidirectional', 'ICMP Test'] as const;

/** Every probe runs each of its tests once per interval. */
export const PROBE_TEST_INTERVAL_MS = 5 * 60_000;

interface MetricSpec {
  metric: string;
  pairName: string;
  threshold: number;
  /** `0`: must stay below; `1`: must stay above. */
  thresholdType: '0' | '1';
  healthy: readonly [number, number];
  decimals: number;
}

interface ProbeTestSpec {
  kind: ProbeTestKind;
  module: 'N2N' | 'RealService';
  testType: (typeof PROBE_TEST_TYPES)[number];
  testOptions: string;
  parameters: string;
  /** Run time within the interval. */
  offsetMs: number;
  durationS: number;
  metrics: readonly MetricSpec[];
}

const UPPER = HAWKEYE_THRESHOLD_TYPES.upperBound;
const LOWER = HAWKEYE_THRESHOLD_TYPES.lowerBound;

function voiceMetrics(pairName: string): MetricSpec[] {
  return [
    {
      metric: 'Jitter (ms)',
      pairName,
      threshold: 5,
      thresholdType: UPPER,
      healthy: [0.4, 3.2],
      decimals: 1,
    },
    {
      metric: 'Loss',
      pairName,
      threshold: 1,
      thresholdType: UPPER,
      healthy: [0, 0.3],
      decimals: 2,
    },
    {
      metric: 'MOS',
      pairName,
      threshold: 3.9,
      thresholdType: LOWER,
      healthy: [4.1, 4.4],
      decimals: 2,
    },
    {
      metric: 'Delay (ms)',
      pairName,
      threshold: 150,
      thresholdType: UPPER,
      healthy: [12, 60],
      decimals: 1,
    },
  ];
}

/** The tests every active probe runs: a voice mesh to its peer, and an ICMP real-service test. */
export const PROBE_TESTS: readonly ProbeTestSpec[] = [
  {
    kind: 'nodetonode',
    module: 'N2N',
    testType: 'Voice bidirectional',
    testOptions: 'DSCP Setting: EF',
    parameters: ' Voice Codec: G711 DSCP Setting: EF',
    offsetMs: 0,
    durationS: 60,
    metrics: [...voiceMetrics('Voice from->to'), ...voiceMetrics('Voice to->from')],
  },
  {
    kind: 'realservice',
    module: 'RealService',
    testType: 'ICMP Test',
    testOptions: 'Packet count: 10',
    parameters: ' Target: dns.google Packet count: 10',
    offsetMs: 2 * 60_000,
    durationS: 10,
    metrics: [
      {
        metric: 'Delay (ms)',
        pairName: 'ICMP',
        threshold: 100,
        thresholdType: UPPER,
        healthy: [8, 45],
        decimals: 1,
      },
      {
        metric: 'Jitter (ms)',
        pairName: 'ICMP',
        threshold: 10,
        thresholdType: UPPER,
        healthy: [0.2, 2.5],
        decimals: 1,
      },
      {
        metric: 'Loss',
        pairName: 'ICMP',
        threshold: 2,
        thresholdType: UPPER,
        healthy: [0, 0.5],
        decimals: 1,
      },
    ],
  },
];

/** The responder a probe without a peer in its client meshes with. */
const CLOUD_RESPONDER = { name: 'MetTel-Cloud-Responder', probeId: '100' } as const;
const RESULT_ID_BASE = 5_000_000;

/** A result's place: which probe, which interval, which test. */
export interface ProbeResultKey {
  probeIndex: number;
  slot: number;
  testIndex: number;
}

/** Test result ids encode their key, so details need no storage. */
export function probeResultId(key: ProbeResultKey, probeCount: number): string {
  return String(
    RESULT_ID_BASE + (key.slot * probeCount + key.probeIndex) * PROBE_TESTS.length + key.testIndex,
  );
}

export function decodeProbeResultId(id: string, probeCount: number): ProbeResultKey | null {
  if (!/^\d+$/.test(id) || probeCount === 0) return null;
  const n = Number(id) - RESULT_ID_BASE;
  if (!Number.isSafeInteger(n) || n < 0) return null;
  const testIndex = n % PROBE_TESTS.length;
  const rest = Math.floor(n / PROBE_TESTS.length);
  return { probeIndex: rest % probeCount, slot: Math.floor(rest / probeCount), testIndex };
}

/** Lab time at which a test of an interval ran. */
export function probeResultTime(key: Pick<ProbeResultKey, 'slot' | 'testIndex'>): number {
  return key.slot * PROBE_TEST_INTERVAL_MS + (PROBE_TESTS[key.testIndex]?.offsetMs ?? 0);
}

/** Whether a probe produces test results at all. */
export function probeRunsTests(probe: FleetProbe): boolean {
  return probe.active && !probe.neverReported;
}

/**
 * One test result, summary and detail: healthy values are a pure function of (seed, probe,
 * interval, metric); a down probe's tests of that kind end in `Error`; a degradation makes the
 * named metric (default the first) fail.
 */
export function probeTestResult(args: {
  fleet: Fleet;
  state: ProbeStateStore;
  key: ProbeResultKey;
}): { summary: HawkeyeTestSummary; detail: HawkeyeTestDetail } | null {
  const { fleet, state, key } = args;
  const probe = fleet.probes[key.probeIndex];
  const spec = PROBE_TESTS[key.testIndex];
  if (probe === undefined || spec === undefined || !probeRunsTests(probe)) return null;
  const at = probeResultTime(key);
  const peer = probe.peerIndex === null ? undefined : fleet.probes[probe.peerIndex];
  const probeTo =
    spec.module === 'RealService'
      ? { name: 'dns.google', probeId: '0' }
      : peer === undefined
        ? CLOUD_RESPONDER
        : { name: peer.name, probeId: String(peer.probeId) };
  const up = state.isUp(probe, spec.kind, at);
  const degradation = up ? state.degradationAt({ probe, testType: spec.testType, at }) : undefined;
  const failing = degradation?.metric ?? spec.metrics[0]?.metric;
  const metrics: HawkeyeTestMetric[] = up
    ? spec.metrics.map((m, i) => {
        const hash = mixInts(probe.hash, key.slot, key.testIndex, i);
        const healthy = m.healthy[0] + unitFromHash(hash) * (m.healthy[1] - m.healthy[0]);
        const forced =
          degradation !== undefined && m.metric === failing
            ? (degradation.value ?? failingValue(m))
            : null;
        const value = forced ?? healthy;
        const passed = m.thresholdType === UPPER ? value <= m.threshold : value >= m.threshold;
        return {
          metric: m.metric,
          pairName: m.pairName,
          value: value.toFixed(m.decimals),
          threshold: String(m.threshold),
          thresholdType: m.thresholdType,
          status: passed ? 'Passed' : 'Failed',
        };
      })
    : [];
  const status: HawkeyeTestStatus = !up
    ? 'Error'
    : metrics.some((m) => m.status === 'Failed')
      ? 'Failed'
      : 'Passed';
  const id = probeResultId(key, fleet.probes.length);
  const date = formatHawkeyeDate(at);
  const meshId = spec.module === 'N2N' ? 1 + (probe.clientId % 97) : 0;
  const reasonCause = up ? '' : 'Probe unreachable';
  const testId = String(700 + probe.index * PROBE_TESTS.length + key.testIndex);
  const summary: HawkeyeTestSummary = {
    id,
    date,
    duration: spec.durationS,
    meshId,
    mesh: spec.module === 'N2N' ? 1 : 0,
    module: spec.module,
    probeFrom: probe.name,
    probeTo: probeTo.name,
    reasonCause,
    status,
    testId,
    testOptions: spec.testOptions,
    testTag: '',
    testType: spec.testType,
    userId: '3',
  };
  const detail: HawkeyeTestDetail = {
    id,
    date,
    duration: String(spec.durationS),
    status,
    reasonCause,
    module: spec.module,
    testId,
    testType: spec.testType,
    parameters: spec.parameters,
    probeFrom: probe.name,
    probeTo: probeTo.name,
    probeFromId: String(probe.probeId),
    probeToId: probeTo.probeId,
    mesh: summary.mesh,
    meshId: String(meshId),
    metrics,
  };
  return { summary, detail };
}

function failingValue(metric: MetricSpec): number {
  return metric.thresholdType === UPPER ? metric.threshold * 2 : metric.threshold * 0.8;
}
