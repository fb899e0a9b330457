import { HAWKEYE_BAD_CREDENTIALS_MESSAGE } from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';

let lab: DeviceLabFixture;
beforeEach(() => {
  lab = deviceLabFixture({ settings: { hawkeye: { sessionTtlSeconds: 600 } } });
});
afterEach(async () => {
  await lab.close();
});

const probes = (headers: Record<string, string> = {}) =>
  lab.hawkeye.app.inject({ method: 'GET', url: '/probes', headers });

describe('hawkeye - login and session', () => {
  it('sets a PHPSESSID cookie and answers JSON on a good login', async () => {
    const response = await lab.hawkeye.app.inject({
      method: 'POST',
      url: '/login',
      payload: { username: 'lab-hawkeye', password: 'lab-password' },
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/^PHPSESSID=\w+; Path=\//);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toBe('200 - successful');
  });

  it('answers 401 with the known sentence on bad credentials, 400 on a malformed body', async () => {
    const bad = await lab.hawkeye.app.inject({
      method: 'POST',
      url: '/login',
      payload: { username: 'lab-hawkeye', password: 'nope' },
    });
    expect([bad.statusCode, bad.json()]).toEqual([
      401,
      { code: 401, message: HAWKEYE_BAD_CREDENTIALS_MESSAGE },
    ]);
    const malformed = await lab.hawkeye.app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(malformed.statusCode).toBe(400);
    const missing = await lab.hawkeye.app.inject({ method: 'POST', url: '/login', payload: {} });
    expect(missing.statusCode).toBe(400);
  });

  it('refuses calls without a session, then serves them after login (the bridge re-login)', async () => {
    expect((await probes()).statusCode).toBe(401);
    expect((await probes({ cookie: 'PHPSESSID=forged' })).statusCode).toBe(401);
    expect((await probes(await lab.hawkeyeCookie())).statusCode).toBe(200);
  });

  it('expires the session in lab time', async () => {
    const cookie = await lab.hawkeyeCookie();
    lab.clock.advance(601_000);
    expect((await probes(cookie)).statusCode).toBe(401);
    expect((await probes(await lab.hawkeyeCookie())).statusCode).toBe(200);
  });

  it('expire-auth fault drops the session and answers 401 once; a new login works', async () => {
    const cookie = await lab.hawkeyeCookie();
    lab.fault({ simulator: 'hawkeye', path: '/probes', action: { kind: 'expire-auth' }, times: 1 });
    expect((await probes(cookie)).statusCode).toBe(401);
    expect((await probes(cookie)).statusCode).toBe(401);
    expect((await probes(await lab.hawkeyeCookie())).statusCode).toBe(200);
  });

  it('answers unknown paths 404 and injected errors with its error shape', async () => {
    const cookie = await lab.hawkeyeCookie();
    const missing = await lab.hawkeye.app.inject({ method: 'GET', url: '/nope', headers: cookie });
    expect(missing.statusCode).toBe(404);
    lab.fault({
      simulator: 'hawkeye',
      path: '/testsresults',
      query: { offset: '100' },
      action: { kind: 'error', status: 502 },
      times: 1,
    });
    const failing = await lab.hawkeye.app.inject({
      method: 'GET',
      url: '/testsresults?startDate=2023-04-11T12:00:00Z&endDate=2023-04-11T13:00:00Z&offset=100',
      headers: cookie,
    });
    expect([failing.statusCode, failing.json()]).toEqual([
      502,
      { code: 502, message: 'Error 502' },
    ]);
  });
});
