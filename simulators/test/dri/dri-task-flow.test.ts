import {
  DRI_PARAMETER_NAMES,
  driTaskIdResponse,
  driTaskPendingResponse,
  driTaskResultResponse,
  type DriTaskResultResponse,
} from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetPiabDevice } from '../../src/fleet/fleet-types.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';

let lab: DeviceLabFixture;
let device: FleetPiabDevice;
beforeEach(() => {
  lab = deviceLabFixture({ settings: { dri: { pendingPolls: 2, tokenTtlSeconds: 600 } } });
  const first = [...lab.ctx.fleet.index.piabBySerial.values()][0];
  if (first === undefined) throw new Error('no PIAB device; change the seed');
  device = first;
});
afterEach(async () => {
  await lab.close();
});

const parameterSet = {
  ParameterNames: [
    DRI_PARAMETER_NAMES.providers,
    DRI_PARAMETER_NAMES.simIccid,
    'InternetGatewayDevice.Nope',
  ],
  Source: 0,
};

async function get(url: string, headers?: Record<string, string>) {
  return lab.dri.app.inject({ method: 'GET', url, headers: headers ?? (await lab.driAuth()) });
}

const pendingUrl = (serial = device.serial) => `/acs/device/${serial}/taskpending`;
const returnIdUrl = (data: unknown = parameterSet, serial = device.serial) =>
  `/acs/device/${serial}/parameter_returnid?data=${encodeURIComponent(JSON.stringify(data))}`;
const resultUrl = (id: number | string, serial = device.serial) =>
  `/acs/device/${serial}/parameter_tid?transactionid=${String(id)}`;

async function newTask(): Promise<number> {
  const response = await get(returnIdUrl());
  const parsed = driTaskIdResponse.parse(response.json());
  if (parsed.status !== 'SUCCESS') throw new Error(parsed.message);
  return parsed.data.Id;
}

describe('dri - login', () => {
  it('issues an authorization_token for the form credentials, 401 otherwise', async () => {
    const login = (payload: string) =>
      lab.dri.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
    expect(
      (await login('email=lab-dri%40mettel.example&password=lab-password')).json(),
    ).toHaveProperty('authorization_token');
    const bad = await login('email=lab-dri%40mettel.example&password=x');
    expect([bad.statusCode, bad.json()]).toEqual([
      401,
      { status: 'FAILED', message: 'Invalid email or password', data: {} },
    ]);
    expect((await login('password=x')).statusCode).toBe(400);
  });

  it('answers 401 without a valid token, after expiry, and on expire-auth', async () => {
    expect((await get(pendingUrl(), {})).statusCode).toBe(401);
    const auth = await lab.driAuth();
    expect((await get(pendingUrl(), auth)).statusCode).toBe(200);
    lab.clock.advance(600_000);
    expect((await get(pendingUrl(), auth)).statusCode).toBe(401);
    const fresh = await lab.driAuth();
    lab.fault({ simulator: 'dri', path: '/acs/**', action: { kind: 'expire-auth' }, times: 1 });
    expect((await get(pendingUrl(), fresh)).statusCode).toBe(401);
    expect((await get(pendingUrl(), fresh)).statusCode).toBe(401);
  });
});

describe('dri - the task flow (R1 → R2 → R3)', () => {
  it('creates a task, lists it as pending, answers Pending for N polls, then the parameters', async () => {
    const empty = driTaskPendingResponse.parse((await get(pendingUrl())).json());
    expect(empty.status === 'SUCCESS' && empty.data.Transactions).toEqual([]);
    const id = await newTask();
    const pending = driTaskPendingResponse.parse((await get(pendingUrl())).json());
    expect(pending.status === 'SUCCESS' && pending.data.Transactions).toEqual([{ Id: id }]);
    for (let poll = 0; poll < 2; poll += 1) {
      const answer = driTaskResultResponse.parse((await get(resultUrl(id))).json());
      expect(answer.status === 'SUCCESS' && answer.data.Message).toBe('Pending');
    }
    const done = driTaskResultResponse.parse((await get(resultUrl(id))).json());
    if (done.status !== 'SUCCESS') throw new Error(done.message);
    expect(done.data.Message).toBe('');
    expect(done.data.Parameters.map((p) => [p.Name, p.ErrorCode])).toEqual([
      [DRI_PARAMETER_NAMES.providers, 100],
      [DRI_PARAMETER_NAMES.simIccid, 100],
      ['InternetGatewayDevice.Nope', 9005],
    ]);
    expect(done.data.Parameters[0]?.Value).toBe(device.link.isp);
    expect(done.data.Parameters[1]?.Value).toMatch(/^8901\d{15}$/);
    const after = driTaskPendingResponse.parse((await get(pendingUrl())).json());
    expect(after.status === 'SUCCESS' && after.data.Transactions).toEqual([]);
    // Same device, same values.
    const again = await newTask();
    await get(resultUrl(again));
    await get(resultUrl(again));
    const repeat = (await get(resultUrl(again))).json<DriTaskResultResponse>();
    expect(repeat).toEqual(done);
  });

  it('answers Rejected or FAILED as the control API tells, per serial', async () => {
    await lab.controlCall('PUT', '/dri/behaviour', {
      serial: device.serial,
      outcome: 'rejected',
      pendingPolls: 0,
    });
    const rejected = driTaskResultResponse.parse((await get(resultUrl(await newTask()))).json());
    expect(rejected.status === 'SUCCESS' && rejected.data.Message).toBe('Rejected');
    await lab.controlCall('PUT', '/dri/behaviour', { serial: device.serial, outcome: 'failed' });
    const failed = driTaskResultResponse.parse((await get(resultUrl(await newTask()))).json());
    expect(failed.status).toBe('FAILED');
    const tasks = (await lab.controlCall('GET', '/dri/tasks')).json<{ state: string }[]>();
    expect(tasks.map((t) => t.state)).toEqual(['rejected', 'failed']);
  });

  it('answers FAILED for an unknown device or transaction, 400 for malformed parameters', async () => {
    for (const url of [
      pendingUrl('PB00000000'),
      returnIdUrl(parameterSet, 'PB00000000'),
      resultUrl(1, 'PB00000000'),
      resultUrl(12345),
    ]) {
      const response = await get(url);
      expect([url, response.statusCode, response.json<{ status: string }>().status]).toEqual([
        url,
        200,
        'FAILED',
      ]);
    }
    for (const url of [
      returnIdUrl({ ParameterNames: [] }),
      `/acs/device/${device.serial}/parameter_returnid?data=%7Bnot-json`,
      `/acs/device/${device.serial}/parameter_returnid`,
      resultUrl('abc'),
    ]) {
      const response = await get(url);
      expect([url, response.statusCode, response.json<{ status: string }>().status]).toEqual([
        url,
        400,
        'FAILED',
      ]);
    }
  });

  it("answers an injected 504 on R2 with DRI's body", async () => {
    lab.fault({
      simulator: 'dri',
      path: '/acs/device/*/parameter_returnid',
      action: { kind: 'error', status: 504 },
      times: 1,
    });
    const response = await get(returnIdUrl());
    expect([response.statusCode, response.json()]).toEqual([
      504,
      { status: 'FAILED', message: 'Error 504', data: {} },
    ]);
    expect((await get(returnIdUrl())).statusCode).toBe(200);
    expect((await get('/nope')).statusCode).toBe(404);
  });
});
