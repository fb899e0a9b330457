import { getDigiRecoveryLogs } from '@automation-engine/contracts/digi';
import { freePort, metricValue } from '@automation-engine/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { givenDigiFault, type Harness, startHarness } from './support/bridge-harness.js';

const TOKEN_PATH = '/Identity/rest/oauth/token';
const LOGS_PATH = '/DeviceManagement_API/rest/Recovery/Logs';
const HOUR_MS = 3_600_000;

const logins = (h: Harness) =>
  metricValue(h.registry, 'vendor_http_requests_total', {
    vendor: 'digi',
    method: 'POST',
    endpoint: TOKEN_PATH,
  }).then((value) => value ?? 0);

describe('digi-bridge - token', () => {
  let h: Harness;
  const logs = () => h.caller.request(getDigiRecoveryLogs, { size: '1' });

  beforeAll(async () => {
    h = await startHarness('auth');
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(async () => {
    await h.control('DELETE', '/faults?simulator=digi');
  });

  it('logs in once and reuses the token while it is valid', async () => {
    await logs();
    const before = await logins(h);
    for (let i = 0; i < 3; i += 1) expect((await logs()).ok).toBe(true);
    expect(await logins(h)).toBe(before);
  });

  it('survives the token expiring: 401, one new login, the call replayed', async () => {
    await logs();
    const before = await logins(h);
    h.lab.clock.advance(2 * HOUR_MS);
    expect(await logs()).toMatchObject({ ok: true, status: 200 });
    expect(await logins(h)).toBe(before + 1);
  });

  it('survives DiGi revoking the token', async () => {
    await givenDigiFault(h, { path: LOGS_PATH, action: { kind: 'expire-auth' }, times: 1 });
    expect(await logs()).toMatchObject({ ok: true, status: 200 });
  });

  it('answers 401 when DiGi refuses even the new token (the caller retries)', async () => {
    await givenDigiFault(h, { path: LOGS_PATH, action: { kind: 'error', status: 401 }, times: 2 });
    expect(await logs()).toEqual({ ok: false, status: 401, body: 'Got 401 from DiGi' });
    expect((await logs()).ok).toBe(true);
  });

  it('answers 500 when the token endpoint is down', async () => {
    h.lab.clock.advance(2 * HOUR_MS);
    await givenDigiFault(h, {
      path: TOKEN_PATH,
      action: { kind: 'error', status: 500 },
      times: 1,
    });
    await givenDigiFault(h, { path: LOGS_PATH, action: { kind: 'error', status: 401 }, times: 1 });
    const reply = await logs();
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain('Could not log into DiGi');
  });
});

describe('digi-bridge - refused credentials and no DiGi', () => {
  it('answers 401 when DiGi refuses the client credentials', async () => {
    const h = await startHarness('bad-credentials', { settings: { clientSecret: 'wrong' } });
    try {
      const reply = await h.caller.request(getDigiRecoveryLogs, { size: '1' });
      expect(reply).toMatchObject({ ok: false, status: 401 });
      expect(String(reply.body)).toContain("DiGi refused the bridge's credentials");
    } finally {
      await h.close();
    }
  });

  it('answers 500 when DiGi cannot be reached', async () => {
    const port = await freePort();
    const h = await startHarness('unreachable', {
      settings: { baseUrl: `http://127.0.0.1:${String(port)}`, retries: 1 },
    });
    try {
      const reply = await h.caller.request(getDigiRecoveryLogs, { size: '1' });
      expect(reply).toMatchObject({ ok: false, status: 500 });
      expect(String(reply.body)).toContain('Could not log into DiGi');
    } finally {
      await h.close();
    }
  });
});
