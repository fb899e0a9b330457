import {
  hawkeyePaths,
  type HawkeyeProbesResponse,
  type HawkeyeTestDetail,
  type HawkeyeTestResultsResponse,
  type HawkeyeTestSummary,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import { parseLabTime } from '../clock/parse-lab-time.js';
import type { FleetProbe } from '../fleet/fleet-types.js';
import type { LabContext } from '../lab-context.js';
import {
  HAWKEYE_BAD_PARAMETERS,
  HawkeyeHttpError,
  hawkeyePageOf,
  hawkeyePaging,
  queryString,
} from './hawkeye-http.js';
import { toHawkeyeProbe } from './hawkeye-views.js';
import type { ProbeStateStore } from './probe-state-store.js';
import {
  decodeProbeResultId,
  PROBE_TEST_INTERVAL_MS,
  PROBE_TESTS,
  probeResultTime,
  probeRunsTests,
  probeTestResult,
  type ProbeResultKey,
} from './probe-tests.js';

/** Longest `startDate`–`endDate` window H2 accepts. */
const MAX_WINDOW_MS = 31 * 86_400_000;

/** H1 probes, H2 test results (paged, by probe uid and dates), H3 one result's detail. */
export function registerHawkeyeRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; state: ProbeStateStore },
): void {
  const { ctx, state } = deps;
  const { fleet } = ctx;

  app.get(hawkeyePaths.probes, (request): HawkeyeProbesResponse => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { limit, offset } = hawkeyePaging(query);
    const serial = queryString(query, 'serial_number')?.toUpperCase();
    const status = queryString(query, 'status');
    if (status !== undefined && status !== '0' && status !== '1') {
      throw new HawkeyeHttpError(400, HAWKEYE_BAD_PARAMETERS);
    }
    const matching = fleet.probes.filter(
      (p) =>
        (serial === undefined || p.serialNumber === serial) &&
        (status === undefined || (p.active ? '1' : '0') === status),
    );
    const records = matching
      .slice(offset, offset + limit)
      .map((probe) => toHawkeyeProbe({ probe, state, clock: ctx.clock }));
    return hawkeyePageOf({ records, total: matching.length, limit, offset });
  });

  app.get(hawkeyePaths.testResults, (request): HawkeyeTestResultsResponse => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { limit, offset } = hawkeyePaging(query);
    const start = parseLabTime(queryString(query, 'startDate'));
    const end = parseLabTime(queryString(query, 'endDate'));
    if (start === null || end === null || end < start || end - start > MAX_WINDOW_MS) {
      throw new HawkeyeHttpError(400, HAWKEYE_BAD_PARAMETERS);
    }
    const uid = queryString(query, 'probeFrom')?.toLowerCase();
    const probes = (
      uid === undefined
        ? fleet.probes
        : [fleet.index.probeByUid.get(uid)].filter((p) => p !== undefined)
    ).filter(probeRunsTests);
    const slots = resultSlots(start, Math.min(end, ctx.clock.now()));
    const total = probes.length * slots.length;
    const records: HawkeyeTestSummary[] = [];
    for (let k = offset; k < Math.min(total, offset + limit); k += 1) {
      const probe = probes[Math.floor(k / slots.length)];
      const slot = slots[k % slots.length];
      if (probe === undefined || slot === undefined) continue;
      const result = probeTestResult({ fleet, state, key: { probeIndex: probe.index, ...slot } });
      if (result !== null) records.push(result.summary);
    }
    return hawkeyePageOf({ records, total, limit: String(limit), offset });
  });

  app.get<{ Params: { id: string } }>(
    hawkeyePaths.testResultDetail.replace('{id}', ':id'),
    (request): HawkeyeTestDetail => {
      const key = decodeProbeResultId(request.params.id, fleet.probes.length);
      const result =
        key === null || probeResultTime(key) > ctx.clock.now()
          ? null
          : probeTestResult({ fleet, state, key });
      if (result === null) {
        throw new HawkeyeHttpError(404, `Test result ${request.params.id} not found`);
      }
      return result.detail;
    },
  );
}

/** (interval, test) pairs whose run time lies in [start, end], in time order. */
function resultSlots(start: number, end: number): Omit<ProbeResultKey, 'probeIndex'>[] {
  const out: Omit<ProbeResultKey, 'probeIndex'>[] = [];
  if (end < start) return out;
  const first = Math.floor(start / PROBE_TEST_INTERVAL_MS);
  const last = Math.floor(end / PROBE_TEST_INTERVAL_MS);
  for (let slot = first; slot <= last; slot += 1) {
    for (let testIndex = 0; testIndex < PROBE_TESTS.length; testIndex += 1) {
      const at = probeResultTime({ slot, testIndex });
      if (at >= start && at <= end) out.push({ slot, testIndex });
    }
  }
  return out;
}

/** A probe by serial number or uid, for the control API. */
export function findProbe(ctx: LabContext, id: string): FleetProbe | undefined {
  return (
    ctx.fleet.index.probeBySerial.get(id.toUpperCase()) ??
    ctx.fleet.index.probeByUid.get(id.toLowerCase())
  );
}
