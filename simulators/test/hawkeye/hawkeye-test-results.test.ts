import type {
  HawkeyeTestDetail,
  HawkeyeTestResultsResponse,
  HawkeyeTestSummary,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetProbe } from '../../src/fleet/fleet-types.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { pickEdge, T0 } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
let probe: FleetProbe;
beforeEach(() => {
  lab = deviceLabFixture();
  probe = pickEdge(
    lab.ctx.fleet.probes,
    (p) => p.active && !p.neverReported && p.peerIndex !== null,
  );
});
afterEach(async () => {
  await lab.close();
});

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

async function results(query: string): Promise<HawkeyeTestResultsResponse> {
  const response = await lab.hawkeyeGet(`/testsresults?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<HawkeyeTestResultsResponse>();
}

async function allOf(uid: string, from: number, to: number): Promise<HawkeyeTestSummary[]> {
  const out: HawkeyeTestSummary[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await results(
      `startDate=${iso(from)}&endDate=${iso(to)}&probeFrom=${uid}&limit=100&offset=${String(offset)}`,
    );
    out.push(...page.records);
    if (page.has_more === 0) return out;
  }
}

describe('hawkeye - test results (H2, H3)', () => {
  it('lists both tests of the probe every five minutes within the window, paged', async () => {
    const records = await allOf(probe.uid, T0 - 12 * HOUR, T0 - 1000);
    expect(records).toHaveLength(12 * 12 * 2);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.testType))).toEqual(
      new Set(['Voice bidirectional', 'ICMP Test']),
    );
    expect(records.every((r) => r.probeFrom === probe.name && r.status === 'Passed')).toBe(true);
    const peer = lab.ctx.fleet.probes[probe.peerIndex ?? -1];
    expect(records.find((r) => r.module === 'N2N')?.probeTo).toBe(peer?.name);
    expect(
      records.every((r) => Date.parse(r.date) >= T0 - 12 * HOUR && Date.parse(r.date) <= T0),
    ).toBe(true);
  });

  it('answers the same results for the same window (a pure function of the seed)', async () => {
    const a = await results(
      `startDate=${iso(T0 - HOUR)}&endDate=${iso(T0)}&probeFrom=${probe.uid}`,
    );
    const b = await results(
      `startDate=${iso(T0 - HOUR)}&endDate=${iso(T0)}&probeFrom=${probe.uid}`,
    );
    expect(b).toEqual(a);
    expect(a.limit).toBe('100');
  });

  it('never lists results from the future of the lab clock', async () => {
    const page = await results(
      `startDate=${iso(T0 - HOUR)}&endDate=${iso(T0 + HOUR)}&probeFrom=${probe.uid}`,
    );
    expect(page.records.every((r) => Date.parse(r.date) <= T0)).toBe(true);
  });

  it('lists every testing probe when no probeFrom is given, and none for an unknown uid', async () => {
    const all = await results(`startDate=${iso(T0 - 10 * 60_000)}&endDate=${iso(T0)}`);
    const testing = lab.ctx.fleet.probes.filter((p) => p.active && !p.neverReported).length;
    // Both ends included: voice at -10, -5 and 0 minutes, ICMP at -8 and -3.
    expect(Number(all.total_count)).toBe(testing * 5);
    const none = await results(
      `startDate=${iso(T0 - HOUR)}&endDate=${iso(T0)}&probeFrom=00:00:00:00:00:00`,
    );
    expect(none).toMatchObject({ total_count: '0', count: 0, has_more: 0 });
  });

  it('accepts the engine date formats and rejects malformed ones with 400', async () => {
    const python = await results(
      `startDate=${encodeURIComponent('2023-04-11 12:15:00.123456+00:00')}&endDate=2023-04-11T13:15:00Z&probeFrom=${probe.uid}`,
    );
    expect(python.count).toBe(24);
    for (const query of [
      'endDate=2023-04-11T13:15:00Z',
      'startDate=yesterday&endDate=2023-04-11T13:15:00Z',
      'startDate=2023-04-11T13:15:00Z&endDate=2023-04-11T12:15:00Z',
      'startDate=2023-01-01T00:00:00Z&endDate=2023-04-11T12:15:00Z',
    ]) {
      const response = await lab.hawkeyeGet(`/testsresults?${query}`);
      expect([response.statusCode, query]).toEqual([400, query]);
      expect(response.json()).toEqual({
        code: 400,
        message: 'Parameters or body were in an incorrect format',
      });
    }
  });

  it('gives each result a detail with the same summary fields and its metrics', async () => {
    const [summary] = (
      await results(`startDate=${iso(T0 - 5 * 60_000)}&endDate=${iso(T0)}&probeFrom=${probe.uid}`)
    ).records;
    if (summary === undefined) throw new Error('no result');
    const response = await lab.hawkeyeGet(`/testsresults/${summary.id}`);
    const detail = response.json<HawkeyeTestDetail>();
    expect(detail).toMatchObject({
      id: summary.id,
      date: summary.date,
      status: summary.status,
      testType: summary.testType,
      probeFrom: summary.probeFrom,
      probeFromId: String(probe.probeId),
    });
    expect(detail.metrics.length).toBeGreaterThan(0);
    expect(detail.metrics.every((m) => m.status === 'Passed')).toBe(true);
  });

  it('answers 404 for unknown and not-yet-run results', async () => {
    expect((await lab.hawkeyeGet('/testsresults/abc')).statusCode).toBe(404);
    expect((await lab.hawkeyeGet('/testsresults/12')).statusCode).toBe(404);
    const [summary] = (
      await results(`startDate=${iso(T0 - 5 * 60_000)}&endDate=${iso(T0)}&probeFrom=${probe.uid}`)
    ).records;
    const future = String(Number(summary?.id) + 100 * lab.ctx.fleet.probes.length * 2);
    expect((await lab.hawkeyeGet(`/testsresults/${future}`)).statusCode).toBe(404);
  });

  it('fails the degraded metric of the degraded test during the degradation only', async () => {
    const created = await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/degrade`, {
      testType: 'Voice bidirectional',
      metric: 'Jitter (ms)',
      from: T0 - 30 * 60_000,
      durationMs: 20 * 60_000,
    });
    expect(created.statusCode).toBe(201);
    const records = await allOf(probe.uid, T0 - HOUR, T0);
    const failed = records.filter((r) => r.status === 'Failed');
    expect(failed).toHaveLength(4);
    expect(failed.every((r) => r.testType === 'Voice bidirectional')).toBe(true);
    const detail = (
      await lab.hawkeyeGet(`/testsresults/${failed[0]?.id ?? ''}`)
    ).json<HawkeyeTestDetail>();
    const jitter = detail.metrics.filter((m) => m.metric === 'Jitter (ms)');
    expect(jitter.map((m) => [m.status, m.value, m.threshold])).toEqual([
      ['Failed', '10.0', '5'],
      ['Failed', '10.0', '5'],
    ]);
    expect(
      detail.metrics.filter((m) => m.metric !== 'Jitter (ms)').every((m) => m.status === 'Passed'),
    ).toBe(true);
  });

  it('reports a lower-bound metric failing below its threshold, with the given value', async () => {
    await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/degrade`, {
      metric: 'MOS',
      value: 3.2,
      from: T0 - 10 * 60_000,
    });
    const records = await allOf(probe.uid, T0 - 10 * 60_000, T0);
    const voice = records.filter((r) => r.testType === 'Voice bidirectional');
    expect(voice.every((r) => r.status === 'Failed')).toBe(true);
    const icmp = records.filter((r) => r.testType === 'ICMP Test');
    expect(icmp.every((r) => r.status === 'Passed')).toBe(true);
    const detail = (
      await lab.hawkeyeGet(`/testsresults/${voice[0]?.id ?? ''}`)
    ).json<HawkeyeTestDetail>();
    expect(detail.metrics.find((m) => m.metric === 'MOS')).toMatchObject({
      value: '3.20',
      thresholdType: '1',
      status: 'Failed',
    });
  });

  it('ends the tests of a down kind in Error while it is down', async () => {
    await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/down`, {
      kinds: ['realservice'],
    });
    lab.clock.advance(HOUR);
    const records = await allOf(probe.uid, T0 - HOUR, T0 + HOUR);
    const after = records.filter((r) => Date.parse(r.date) >= T0);
    expect(after.filter((r) => r.module === 'RealService').every((r) => r.status === 'Error')).toBe(
      true,
    );
    expect(after.filter((r) => r.module === 'N2N').every((r) => r.status === 'Passed')).toBe(true);
    const before = records.filter((r) => Date.parse(r.date) < T0);
    expect(before.every((r) => r.status === 'Passed')).toBe(true);
    const errored = after.find((r) => r.status === 'Error');
    const detail = (
      await lab.hawkeyeGet(`/testsresults/${errored?.id ?? ''}`)
    ).json<HawkeyeTestDetail>();
    expect([detail.reasonCause, detail.metrics]).toEqual(['Probe unreachable', []]);
  });

  it('lists, removes and clears degradations through the control API', async () => {
    await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/degrade`, {});
    await lab.controlCall('POST', `/hawkeye/probes/${probe.serialNumber}/degrade`, {
      testType: 'ICMP Test',
    });
    const list = (await lab.controlCall('GET', '/hawkeye/degradations')).json<{ id: string }[]>();
    expect(list).toHaveLength(2);
    expect(
      (await lab.controlCall('DELETE', `/hawkeye/degradations/${list[0]?.id ?? ''}`)).statusCode,
    ).toBe(200);
    expect((await lab.controlCall('DELETE', '/hawkeye/degradations/nope')).statusCode).toBe(404);
    expect((await lab.controlCall('DELETE', '/hawkeye/degradations')).json()).toEqual({
      removed: 1,
    });
  });
});
