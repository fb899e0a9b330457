import { hawkeyeProbeRequest, hawkeyeTestRequest } from '@automation-engine/contracts/hawkeye';
import { metricValue } from '@automation-engine/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { givenHawkeyeFault, startHarness, type Harness } from './support/hawkeye-harness.js';

const HOUR_MS = 3_600_000;

describe('hawkeye-bridge against the lab', () => {
  let h: Harness;
  const activeProbe = () => {
    const probe = h.lab.fleet.probes.find((p) => p.active && !p.neverReported);
    if (probe === undefined) throw new Error('the lab has no active probe');
    return probe;
  };
  const interval = (hours: number) => {
    const end = h.lab.clock.now();
    return {
      start: new Date(end - hours * HOUR_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      end: new Date(end).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
  };
  const logins = async () =>
    (await metricValue(h.registry, 'vendor_http_requests_total', {
      vendor: 'hawkeye',
      method: 'POST',
      endpoint: '/login',
    })) ?? 0;

  beforeAll(async () => {
    h = await startHarness('hawkeye', { lab: { edges: 150, fleet: { probeRatio: 1 } } });
  });

  afterEach(async () => {
    await h.control('DELETE', '/faults?simulator=hawkeye');
  });

  afterAll(async () => {
    await h.close();
  });

  describe('hawkeye.probe.request', () => {
    it('answers every probe, paging past 100, and echoes request_id', async () => {
      const reply = await h.caller.request(hawkeyeProbeRequest, {});
      expect(reply.status).toBe(200);
      expect(reply.ok ? reply.body.length : 0).toBe(h.lab.fleet.probes.length);
      expect(h.lab.fleet.probes.length).toBeGreaterThan(100);
    });

    it('forwards serial_number and status as filters', async () => {
      const probe = activeProbe();
      const reply = await h.caller.request(hawkeyeProbeRequest, {
        serial_number: probe.serialNumber,
        status: 1,
      });
      expect(reply.ok ? reply.body.map((p) => p.uid) : []).toEqual([probe.uid]);
    });

    it('answers 400 "Parameters or body were in an incorrect format" when Hawkeye refuses them', async () => {
      expect(await h.caller.request(hawkeyeProbeRequest, { status: 'x' })).toEqual({
        ok: false,
        status: 400,
        body: 'Parameters or body were in an incorrect format',
      });
    });

    it('answers what it gathered, 200, when a later page fails (as the original)', async () => {
      await givenHawkeyeFault(h, {
        path: '/probes',
        query: { offset: '100' },
        action: { kind: 'error', status: 500 },
      });
      const reply = await h.caller.request(hawkeyeProbeRequest, {});
      expect(reply.status).toBe(200);
      expect(reply.ok ? reply.body.length : 0).toBe(100);
    });

    it('answers 500 "Got internal error from Hawkeye" when the first page keeps failing', async () => {
      await givenHawkeyeFault(h, { path: '/probes', action: { kind: 'error', status: 500 } });
      expect(await h.caller.request(hawkeyeProbeRequest, {})).toEqual({
        ok: false,
        status: 500,
        body: 'Got internal error from Hawkeye',
      });
    });

    it('answers 500 when Hawkeye answers an unexpected shape', async () => {
      await givenHawkeyeFault(h, {
        path: '/probes',
        action: { kind: 'error', status: 200, body: { records: 'none' } },
        times: 1,
      });
      const reply = await h.caller.request(hawkeyeProbeRequest, {});
      expect(reply.status).toBe(500);
      expect(String(reply.body)).toContain('Unexpected answer from Hawkeye');
    });

    it('passes another Hawkeye status through with its body', async () => {
      await givenHawkeyeFault(h, {
        path: '/probes',
        action: { kind: 'error', status: 403, body: { code: 403, message: 'no' } },
        times: 1,
      });
      expect(await h.caller.request(hawkeyeProbeRequest, {})).toEqual({
        ok: false,
        status: 403,
        body: { code: 403, message: 'no' },
      });
    });
  });

  describe('hawkeye.test.request', () => {
    it("answers each probe's results with their metrics, paging past 100", async () => {
      const probe = activeProbe();
      const reply = await h.caller.request(hawkeyeTestRequest, {
        probe_uids: [probe.uid],
        interval: interval(12),
      });
      expect(reply.status).toBe(200);
      const results = reply.ok ? (reply.body[probe.uid] ?? []) : [];
      expect(results.length).toBeGreaterThan(100);
      expect(results[0]?.summary.probeFrom).toBe(probe.name);
      expect(results[0]?.metrics.length).toBeGreaterThan(0);
    });

    it('skips a result whose detail call fails', async () => {
      const probe = activeProbe();
      const body = { probe_uids: [probe.uid], interval: interval(1) };
      const all = await h.caller.request(hawkeyeTestRequest, body);
      await givenHawkeyeFault(h, {
        path: '/testsresults/*',
        action: { kind: 'error', status: 404 },
        times: 1,
      });
      const some = await h.caller.request(hawkeyeTestRequest, body);
      const count = (r: typeof all) => (r.ok ? (r.body[probe.uid] ?? []).length : -1);
      expect(count(some)).toBe(count(all) - 1);
    });

    it('answers an empty list for a probe without results', async () => {
      const reply = await h.caller.request(hawkeyeTestRequest, {
        probe_uids: ['00:00:00:00:00:00'],
        interval: interval(1),
      });
      expect(reply).toMatchObject({ ok: true, status: 200, body: { '00:00:00:00:00:00': [] } });
    });

    it("answers 400 with the original's text for a bad interval", async () => {
      expect(
        await h.caller.request(hawkeyeTestRequest, {
          probe_uids: [activeProbe().uid],
          interval: { start: 'yesterday', end: 'today' },
        }),
      ).toEqual({ ok: false, status: 400, body: 'Parameters or body were in an incorrect format' });
    });
  });

  describe('vendor faults', () => {
    it('logs in again after the session expires and replays the call', async () => {
      await h.caller.request(hawkeyeProbeRequest, { serial_number: activeProbe().serialNumber });
      const before = await logins();
      await givenHawkeyeFault(h, { path: '/probes', action: { kind: 'expire-auth' }, times: 1 });
      const reply = await h.caller.request(hawkeyeProbeRequest, {
        serial_number: activeProbe().serialNumber,
      });
      expect(reply.status).toBe(200);
      expect(await logins()).toBe(before + 1);
    });

    it('answers 401 "Got 401 from Hawkeye" when Hawkeye refuses even the new session', async () => {
      await givenHawkeyeFault(h, {
        path: '/probes',
        action: { kind: 'error', status: 401 },
        times: 2,
      });
      expect(await h.caller.request(hawkeyeProbeRequest, {})).toEqual({
        ok: false,
        status: 401,
        body: 'Got 401 from Hawkeye',
      });
    });

    it('retries a 5xx and answers as if nothing happened', async () => {
      await givenHawkeyeFault(h, {
        path: '/probes',
        action: { kind: 'error', status: 503 },
        times: 2,
      });
      expect((await h.caller.request(hawkeyeProbeRequest, {})).status).toBe(200);
    });

    it('retries a call Hawkeye does not answer in time', async () => {
      await givenHawkeyeFault(h, { path: '/probes', action: { kind: 'timeout' }, times: 1 });
      expect((await h.caller.request(hawkeyeProbeRequest, {})).status).toBe(200);
    });

    it('answers 500 "Error while connecting to Hawkeye API" when it never answers', async () => {
      await givenHawkeyeFault(h, { path: '/probes', action: { kind: 'timeout' } });
      expect(await h.caller.request(hawkeyeProbeRequest, {})).toEqual({
        ok: false,
        status: 500,
        body: 'Error while connecting to Hawkeye API',
      });
    });
  });
});

describe('hawkeye-bridge with wrong credentials', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('hawkeye-login', { settings: { password: 'wrong' } });
  });

  afterAll(async () => {
    await h.close();
  });

  it('answers 401 "Got 401 from Hawkeye" when the login is refused', async () => {
    expect(await h.caller.request(hawkeyeProbeRequest, {})).toEqual({
      ok: false,
      status: 401,
      body: 'Got 401 from Hawkeye',
    });
  });
});
