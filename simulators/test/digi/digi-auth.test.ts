import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';

let lab: DeviceLabFixture;
beforeEach(() => {
  lab = deviceLabFixture({ settings: { digi: { tokenTtlSeconds: 900 } } });
});
afterEach(async () => {
  await lab.close();
});

const token = (authorization: string, payload = 'grant_type=client_credentials&scope=write:dms') =>
  lab.digi.app.inject({
    method: 'POST',
    url: '/Identity/rest/oauth/token',
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
    payload,
  });
const basic = (id: string, secret: string) =>
  `basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const logs = (headers: Record<string, string>) =>
  lab.digi.app.inject({ method: 'GET', url: '/DeviceManagement_API/rest/Recovery/Logs', headers });

describe('digi - token and bearer calls', () => {
  it('issues a token to the lower-case basic client credentials with expires_in', async () => {
    const response = await token(basic('lab-digi', 'lab-secret'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ expires_in: 900, token_type: 'Bearer' });
  });

  it('refuses bad credentials, grant type and scope', async () => {
    expect((await token(basic('lab-digi', 'x'))).statusCode).toBe(401);
    expect((await token('Bearer abc')).statusCode).toBe(401);
    const grant = await token(basic('lab-digi', 'lab-secret'), 'grant_type=password');
    expect([grant.statusCode, grant.json()]).toEqual([400, { error: 'unsupported_grant_type' }]);
    const scope = await token(
      basic('lab-digi', 'lab-secret'),
      'grant_type=client_credentials&scope=read:all',
    );
    expect([scope.statusCode, scope.json()]).toEqual([400, { error: 'invalid_scope' }]);
  });

  it('answers 401 without a valid token, and once the token expired in lab time', async () => {
    expect((await logs({})).statusCode).toBe(401);
    expect((await logs({ authorization: 'Bearer forged' })).json()).toMatchObject({
      error: 'invalid_token',
    });
    const auth = await lab.digiAuth();
    expect((await logs(auth)).statusCode).toBe(200);
    lab.clock.advance(900_000);
    expect((await logs(auth)).statusCode).toBe(401);
    expect((await logs(await lab.digiAuth())).statusCode).toBe(200);
  });

  it('revokes the token on expire-auth; injected errors carry an OAuth-style body', async () => {
    const auth = await lab.digiAuth();
    lab.fault({
      simulator: 'digi',
      path: '/DeviceManagement_API/**',
      action: { kind: 'expire-auth' },
      times: 1,
    });
    expect((await logs(auth)).statusCode).toBe(401);
    expect((await logs(auth)).statusCode).toBe(401);
    lab.fault({
      simulator: 'digi',
      path: '/DeviceManagement_API/rest/Recovery/Logs',
      action: { kind: 'error', status: 503 },
      times: 1,
    });
    const fresh = await lab.digiAuth();
    const failing = await logs(fresh);
    expect([failing.statusCode, failing.json()]).toEqual([
      503,
      { error: 'server_error', error_description: 'Error 503' },
    ]);
    expect((await lab.digi.app.inject({ method: 'GET', url: '/elsewhere' })).statusCode).toBe(404);
  });
});
