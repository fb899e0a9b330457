import { VCO_SESSION_EXPIRED_MESSAGE } from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultSpec, type FaultSpecInput } from '../../src/faults/fault-spec.js';
import { labFixture, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
let contactsUrl: string;
beforeEach(() => {
  lab = labFixture();
  contactsUrl = `/api/Ticket/Contacts?ClientId=${String(lab.ctx.fleet.clients[0]?.clientId)}`;
});
afterEach(async () => {
  await lab.close();
});

function inject(spec: FaultSpecInput) {
  return lab.ctx.faults.add(faultSpec.parse(spec));
}

async function contacts(headers?: { authorization: string }) {
  return lab.bruin.inject({
    method: 'GET',
    url: contactsUrl,
    headers: headers ?? (await lab.bruinAuth()),
  });
}

describe('fault injection - bruin', () => {
  it('answers the injected status and body for N calls, then normally', async () => {
    inject({
      simulator: 'bruin',
      path: '/api/Ticket/Contacts',
      action: { kind: 'error', status: 503, body: { message: 'busy' } },
      times: 2,
    });
    const headers = await lab.bruinAuth();
    expect((await contacts(headers)).statusCode).toBe(503);
    const second = await contacts(headers);
    expect([second.statusCode, second.json()]).toEqual([503, { message: 'busy' }]);
    expect((await contacts(headers)).statusCode).toBe(200);
  });

  it('uses a Bruin-shaped default body and custom headers', async () => {
    inject({
      simulator: 'bruin',
      path: '/api/**',
      action: { kind: 'error', status: 500, headers: { 'retry-after': '5' } },
      times: 1,
    });
    inject({
      simulator: 'bruin',
      path: '/api/**',
      action: { kind: 'error', status: 403 },
      times: 1,
    });
    const headers = await lab.bruinAuth();
    const first = await contacts(headers);
    expect([first.statusCode, first.json(), first.headers['retry-after']]).toEqual([
      500,
      { message: 'An error has occurred.' },
      '5',
    ]);
    expect((await contacts(headers)).json()).toMatchObject({ code: 403 });
  });

  it('answers faults for a period of lab time', async () => {
    inject({
      simulator: 'bruin',
      path: '/api/Ticket/Contacts',
      action: { kind: 'error', status: 502 },
      durationMs: 60_000,
    });
    const headers = await lab.bruinAuth();
    expect((await contacts(headers)).statusCode).toBe(502);
    lab.clock.advance(30_000);
    expect((await contacts(headers)).statusCode).toBe(502);
    lab.clock.advance(30_000);
    expect((await contacts(headers)).statusCode).toBe(200);
  });

  it('delays a call by the requested real time, then answers normally', async () => {
    inject({
      simulator: 'bruin',
      path: '/api/Ticket/Contacts',
      action: { kind: 'delay', delayMs: 80_000 },
      times: 1,
    });
    inject({
      simulator: 'bruin',
      path: '/api/Site',
      action: { kind: 'error', status: 500, delayMs: 1_000 },
      times: 1,
    });
    expect((await contacts()).statusCode).toBe(200);
    const site = await lab.bruin.inject({
      method: 'GET',
      url: '/api/Site?ClientId=1',
      headers: await lab.bruinAuth(),
    });
    expect(site.statusCode).toBe(500);
    expect(lab.sleeps).toEqual([80_000, 1_000]);
  });

  it('expires the caller token: 401 now, and the same token stays refused', async () => {
    inject({ simulator: 'bruin', path: '/api/**', action: { kind: 'expire-auth' }, times: 1 });
    const headers = await lab.bruinAuth();
    expect((await contacts(headers)).statusCode).toBe(401);
    expect((await contacts(headers)).statusCode).toBe(401);
    expect((await contacts()).statusCode).toBe(200);
  });

  it('fails the token endpoint itself', async () => {
    inject({
      simulator: 'bruin',
      method: 'POST',
      path: '/identity/connect/token',
      action: { kind: 'error', status: 500 },
      times: 1,
    });
    const response = await lab.bruin.inject({
      method: 'POST',
      url: '/identity/connect/token',
      payload: {},
    });
    expect(response.statusCode).toBe(500);
  });
});

describe('fault injection - vco', () => {
  const HOST = 'mettel.velocloud.net';
  const OTHER = 'metvco02.mettel.net';

  it('fails the login of one host only', async () => {
    inject({
      simulator: 'vco',
      instance: HOST,
      path: '/portal/rest/login/operatorLogin',
      action: { kind: 'error', status: 500 },
    });
    const login = (host: string) =>
      lab.vco.get(host)?.inject({
        method: 'POST',
        url: '/portal/rest/login/operatorLogin',
        payload: { username: 'lab-operator', password: 'lab-password' },
      });
    expect((await login(HOST))?.statusCode).toBe(500);
    expect((await login(OTHER))?.statusCode).toBe(200);
  });

  it('expires the session with the vendor answer; re-login works', async () => {
    inject({
      simulator: 'vco',
      instance: HOST,
      path: '/portal/rest/monitoring/**',
      action: { kind: 'expire-auth' },
      times: 1,
    });
    const app = lab.vco.get(HOST);
    const headers = await lab.vcoCookie(HOST);
    const call = () =>
      app?.inject({
        method: 'POST',
        url: '/portal/rest/monitoring/getAggregates',
        headers,
        payload: {},
      });
    const expired = await call();
    expect([expired?.statusCode, expired?.headers.expires, expired?.json()]).toEqual([
      200,
      '0',
      { error: { code: -32000, message: VCO_SESSION_EXPIRED_MESSAGE } },
    ]);
    expect((await call())?.json()).toHaveProperty('error');
    const fresh = await lab.vcoCookie(HOST);
    const again = await app?.inject({
      method: 'POST',
      url: '/portal/rest/monitoring/getAggregates',
      headers: fresh,
      payload: {},
    });
    expect(again?.json()).toHaveProperty('enterprises');
  });

  it('answers a 400 error body for a VCO method', async () => {
    inject({
      simulator: 'vco',
      path: '/portal/rest/edge/getEdgeConfigurationModules',
      action: { kind: 'error', status: 400 },
      times: 1,
    });
    const response = await lab.vcoPost(HOST, 'edge/getEdgeConfigurationModules', {});
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: -32600 } });
  });
});
