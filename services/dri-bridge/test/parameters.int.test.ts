import { driParametersRequest } from '@automation-engine/contracts/dri';
import { metricValue } from '@automation-engine/testing';
import { DRI_PARAMETER_NAMES } from '@automation-engine/vendor-apis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { givenDriFault, startHarness, type Harness } from './support/dri-harness.js';

const NAMES = [DRI_PARAMETER_NAMES.providers, DRI_PARAMETER_NAMES.modemImei];
const R1 = '/acs/device/*/taskpending';
const R2 = '/acs/device/*/parameter_returnid';
const R3 = '/acs/device/*/parameter_tid';

interface LabTask {
  id: number;
  serial: string;
  polls: number;
}

describe('dri.parameters.request against the lab', () => {
  let h: Harness;
  let next = 0;
  /** A fresh PIAB serial per test: the bridge remembers task ids per serial. */
  const freshSerial = () => h.serial(next++);
  const ask = (serial: string, names: string[] = NAMES) =>
    h.caller.request(driParametersRequest, {
      serial_number: serial,
      parameter_set: { ParameterNames: names, Source: 0 },
    });
  const tasksOf = async (serial: string) =>
    (await h.control<LabTask[]>('GET', '/dri/tasks')).filter((t) => t.serial === serial);

  beforeAll(async () => {
    h = await startHarness('dri-parameters');
  });

  afterEach(async () => {
    await h.control('DELETE', '/faults?simulator=dri');
    await h.control('PUT', '/dri/behaviour', { outcome: 'done', pendingPolls: 2 });
  });

  afterAll(async () => {
    await h.close();
  });

  it('starts a task, polls it while Pending and answers {Name: Value}', async () => {
    const serial = freshSerial();
    const reply = await ask(serial);
    expect(reply.status).toBe(200);
    expect(reply.ok && typeof reply.body === 'object' ? Object.keys(reply.body) : []).toEqual(
      NAMES,
    );
    const [task] = await tasksOf(serial);
    expect(task?.polls).toBe(3); // 2 × Pending, then done
  });

  it('reuses the remembered task of the serial instead of starting another', async () => {
    const serial = freshSerial();
    const first = await ask(serial);
    const second = await ask(serial);
    expect(second).toEqual(first);
    expect(await tasksOf(serial)).toHaveLength(1);
  });

  it('answers 204 "still being fetched" after its bounded wait, and resumes that task next time', async () => {
    const serial = freshSerial();
    await h.control('PUT', '/dri/behaviour', { serial, pendingPolls: 1000 });
    const reply = await ask(serial);
    expect(reply).toMatchObject({
      status: 204,
      body: `Data is still being fetched from DRI for serial ${serial}`,
    });
    await h.control('PUT', '/dri/behaviour', { serial, pendingPolls: 0 });
    expect((await ask(serial)).status).toBe(204); // the task was created under the old rule
    expect(await tasksOf(serial)).toHaveLength(1);
  });

  it('reuses the highest task already pending on the device (R1)', async () => {
    const serial = freshSerial();
    await h.control('PUT', '/dri/behaviour', { serial, pendingPolls: 1000 });
    await ask(serial); // 204, the task stays pending on the device
    h.bridge.taskIds.delete(serial); // as after its TTL
    await ask(serial);
    expect(await tasksOf(serial)).toHaveLength(1);
  });

  it('answers 403 when DRI rejects the task, and forgets it', async () => {
    const serial = freshSerial();
    await h.control('PUT', '/dri/behaviour', { serial, outcome: 'rejected', pendingPolls: 0 });
    expect(await ask(serial)).toEqual({
      ok: false,
      status: 403,
      body: `DRI task was rejected for serial ${serial}`,
    });
    await h.control('PUT', '/dri/behaviour', { serial, outcome: 'done', pendingPolls: 0 });
    expect((await ask(serial)).status).toBe(200);
    expect(await tasksOf(serial)).toHaveLength(2);
  });

  it('answers 400 when the task fails on the device', async () => {
    const serial = freshSerial();
    await h.control('PUT', '/dri/behaviour', { serial, outcome: 'failed', pendingPolls: 0 });
    expect(await ask(serial)).toEqual({
      ok: false,
      status: 400,
      body: `Failed to retrieve data from DRI for serial ${serial}`,
    });
  });

  it("answers 400 with DRI's body for a device DRI does not know", async () => {
    const reply = await ask('NOSUCHDEVICE');
    expect(reply).toMatchObject({ ok: false, status: 400, body: { status: 'FAILED' } });
  });

  it("answers 400 with DRI's body when DRI refuses to start the task", async () => {
    const serial = freshSerial();
    await givenDriFault(h, {
      path: R2,
      action: { kind: 'error', status: 200, body: { status: 'FAILED', message: 'busy', data: {} } },
      times: 1,
    });
    expect(await ask(serial)).toMatchObject({ status: 400, body: { message: 'busy' } });
  });

  it("answers 400 with DRI's body when R1 reports FAILED", async () => {
    await givenDriFault(h, {
      path: R1,
      action: { kind: 'error', status: 200, body: { status: 'FAILED', message: 'nope', data: {} } },
      times: 1,
    });
    expect(await ask(freshSerial())).toMatchObject({ status: 400, body: { message: 'nope' } });
  });

  it('answers 504 "Getting task_id of X timed out" when R2 times out at DRI', async () => {
    const serial = freshSerial();
    await givenDriFault(h, { path: R2, action: { kind: 'error', status: 504 } });
    expect(await ask(serial)).toEqual({
      ok: false,
      status: 504,
      body: `Getting task_id of ${serial} timed out`,
    });
  });

  it('passes a vendor status of R3 through and forgets the task', async () => {
    const serial = freshSerial();
    await givenDriFault(h, { path: R3, action: { kind: 'error', status: 404 }, times: 1 });
    expect(await ask(serial)).toMatchObject({ ok: false, status: 404 });
    expect((await ask(serial)).status).toBe(200); // R1 finds the task still pending on the device
    expect(await tasksOf(serial)).toHaveLength(1);
  });

  it('answers 500 with an unexpected DRI shape', async () => {
    await givenDriFault(h, {
      path: R1,
      action: { kind: 'error', status: 200, body: { x: 1 } },
      times: 1,
    });
    const reply = await ask(freshSerial());
    expect(reply.status).toBe(500);
    expect(String(reply.body)).toContain('Unexpected answer from DRI');
  });

  describe('vendor faults', () => {
    const logins = async () =>
      (await metricValue(h.registry, 'vendor_http_requests_total', {
        vendor: 'dri',
        method: 'POST',
        endpoint: '/auth/login',
      })) ?? 0;

    it('logs in again after a 401 (token revoked) and replays the call', async () => {
      await ask(freshSerial());
      const before = await logins();
      await givenDriFault(h, { path: R1, action: { kind: 'expire-auth' }, times: 1 });
      expect((await ask(freshSerial())).status).toBe(200);
      expect(await logins()).toBe(before + 1);
    });

    it('answers 401 "Got 401 from DRI" when DRI refuses even the new token', async () => {
      await givenDriFault(h, { path: R1, action: { kind: 'error', status: 401 }, times: 2 });
      expect(await ask(freshSerial())).toEqual({
        ok: false,
        status: 401,
        body: 'Got 401 from DRI',
      });
    });

    it('retries a 5xx and answers as if nothing happened', async () => {
      await givenDriFault(h, { path: R3, action: { kind: 'error', status: 502 }, times: 2 });
      expect((await ask(freshSerial())).status).toBe(200);
    });

    it('passes a lasting 5xx through after its retries', async () => {
      await givenDriFault(h, { path: R1, action: { kind: 'error', status: 503 } });
      expect(await ask(freshSerial())).toMatchObject({ ok: false, status: 503 });
    });

    it('retries a call DRI does not answer in time', async () => {
      await givenDriFault(h, { path: R1, action: { kind: 'timeout' }, times: 1 });
      expect((await ask(freshSerial())).status).toBe(200);
    });

    it('answers 500 when DRI never answers in time', async () => {
      await givenDriFault(h, { path: R1, action: { kind: 'timeout' } });
      const reply = await ask(freshSerial());
      expect(reply.status).toBe(500);
      expect(String(reply.body)).toContain('Error while connecting to DRI API');
    });
  });
});

describe('dri.parameters.request with wrong credentials', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('dri-login', { settings: { password: 'wrong' } });
  });

  afterAll(async () => {
    await h.close();
  });

  it('answers 500 "Missing BEARER token" when the login fails', async () => {
    const reply = await h.caller.request(driParametersRequest, {
      serial_number: h.serial(),
      parameter_set: { ParameterNames: NAMES, Source: 0 },
    });
    expect(reply).toEqual({ ok: false, status: 500, body: 'Missing BEARER token' });
  });
});
