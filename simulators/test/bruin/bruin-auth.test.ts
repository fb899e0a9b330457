import { afterEach, describe, expect, it } from 'vitest';
import { labFixture, type LabFixture } from '../helpers/lab-fixture.js';

let lab: LabFixture;
afterEach(async () => {
  await lab.close();
});

function tokenRequest(
  credentials: string,
  payload = 'grant_type=client_credentials&scope=public_api',
) {
  return lab.bruin.inject({
    method: 'POST',
    url: '/identity/connect/token',
    headers: {
      authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload,
  });
}

describe('bruin OAuth', () => {
  it('issues a bearer token for the configured client credentials', async () => {
    lab = labFixture();
    const response = await tokenRequest('lab-client:lab-secret');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      expires_in: 3600,
      token_type: 'Bearer',
      scope: 'public_api',
    });
  });

  it('refuses wrong credentials and other grants with OAuth errors', async () => {
    lab = labFixture();
    const wrong = await tokenRequest('lab-client:nope');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({ error: 'invalid_client' });
    const grant = await tokenRequest('lab-client:lab-secret', 'grant_type=password');
    expect(grant.json()).toEqual({ error: 'unsupported_grant_type' });
    const noAuth = await lab.bruin.inject({
      method: 'POST',
      url: '/identity/connect/token',
      payload: {},
    });
    expect(noAuth.statusCode).toBe(400);
  });

  it('answers 401 without a token or with an unknown one', async () => {
    lab = labFixture();
    const none = await lab.bruin.inject({ method: 'GET', url: '/api/Ticket?ClientId=1' });
    expect(none.statusCode).toBe(401);
    const unknown = await lab.bruin.inject({
      method: 'GET',
      url: '/api/Ticket?ClientId=1',
      headers: { authorization: 'Bearer sim-unknown' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual({ message: 'Authorization has been denied for this request.' });
  });

  it('expires a token after expires_in lab seconds; a new token then works', async () => {
    lab = labFixture();
    const headers = await lab.bruinAuth();
    const url = `/api/Ticket/Contacts?ClientId=${String(lab.ctx.fleet.clients[0]?.clientId)}`;
    expect((await lab.bruin.inject({ method: 'GET', url, headers })).statusCode).toBe(200);
    lab.clock.advance(3600 * 1000);
    expect((await lab.bruin.inject({ method: 'GET', url, headers })).statusCode).toBe(401);
    const fresh = await lab.bruinAuth();
    expect((await lab.bruin.inject({ method: 'GET', url, headers: fresh })).statusCode).toBe(200);
  });

  it('forgets tokens on reset', async () => {
    lab = labFixture();
    const headers = await lab.bruinAuth();
    lab.ctx.reset();
    const url = `/api/Ticket/Contacts?ClientId=${String(lab.ctx.fleet.clients[0]?.clientId)}`;
    expect((await lab.bruin.inject({ method: 'GET', url, headers })).statusCode).toBe(401);
  });
});
