import { VCO_SESSION_EXPIRED_MESSAGE } from '@automation-engine/vendor-apis';
import { afterEach, describe, expect, it } from 'vitest';
import { labFixture, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
afterEach(async () => {
  await lab.close();
});

const HOST = 'mettel.velocloud.net';

describe('vco session', () => {
  it('sets a velocloud.session cookie on operator login', async () => {
    lab = labFixture();
    const { cookie } = await lab.vcoCookie(HOST);
    expect(cookie).toMatch(/^velocloud\.session=[0-9a-f]{32}$/);
  });

  it('refuses wrong credentials and malformed login bodies', async () => {
    lab = labFixture();
    const app = lab.vco.get(HOST);
    const wrong = await app?.inject({
      method: 'POST',
      url: '/portal/rest/login/operatorLogin',
      payload: { username: 'lab-operator', password: 'x' },
    });
    expect(wrong?.statusCode).toBe(401);
    expect(wrong?.headers['set-cookie']).toBeUndefined();
    const malformed = await app?.inject({
      method: 'POST',
      url: '/portal/rest/login/operatorLogin',
      payload: { user: 'x' },
    });
    expect(malformed?.statusCode).toBe(400);
  });

  it('answers the expired-session body (HTTP 200, Expires: 0) without a valid cookie', async () => {
    lab = labFixture();
    const response = await lab.vco.get(HOST)?.inject({
      method: 'POST',
      url: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus',
      headers: { cookie: 'velocloud.session=stale' },
      payload: {},
    });
    expect(response?.statusCode).toBe(200);
    expect(response?.headers.expires).toBe('0');
    expect(response?.json()).toEqual({
      error: { code: -32000, message: VCO_SESSION_EXPIRED_MESSAGE },
    });
  });

  it('expires a session after its lab lifetime; logging in again works', async () => {
    lab = labFixture();
    const app = lab.vco.get(HOST);
    const headers = await lab.vcoCookie(HOST);
    const call = () =>
      app?.inject({
        method: 'POST',
        url: '/portal/rest/monitoring/getAggregates',
        headers,
        payload: {},
      });
    expect((await call())?.json()).toHaveProperty('enterprises');
    lab.clock.advance(86_400_000);
    expect((await call())?.json()).toEqual({
      error: { code: -32000, message: VCO_SESSION_EXPIRED_MESSAGE },
    });
    const fresh = await lab.vcoCookie(HOST);
    const again = await app?.inject({
      method: 'POST',
      url: '/portal/rest/monitoring/getAggregates',
      headers: fresh,
      payload: {},
    });
    expect(again?.json()).toHaveProperty('enterprises');
  });

  it('keeps sessions per host: a cookie of one host is unknown to another', async () => {
    lab = labFixture();
    const headers = await lab.vcoCookie(HOST);
    const other = await lab.vco.get('metvco02.mettel.net')?.inject({
      method: 'POST',
      url: '/portal/rest/monitoring/getAggregates',
      headers,
      payload: {},
    });
    expect(other?.json()).toMatchObject({ error: { message: VCO_SESSION_EXPIRED_MESSAGE } });
  });
});
