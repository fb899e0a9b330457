import {
  digiErrorResponse,
  digiOAuthErrorResponse,
  digiRecoverDeviceResponse,
  digiRecoveryLogsResponse,
  digiTokenResponse,
  driLoginResponse,
  driTaskIdResponse,
  driTaskPendingResponse,
  driTaskResultResponse,
  hawkeyeErrorResponse,
  hawkeyeLoginResponse,
  hawkeyeProbesResponse,
  hawkeyeTestDetail,
  hawkeyeTestResultsResponse,
  slackWebhookErrorResponse,
  slackWebhookResponse,
  type HawkeyeTestResultsResponse,
} from '@automation-engine/vendor-apis';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LAB_SLACK_WEBHOOK_PATH } from '../../src/slack/build-slack-app.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { pickEdge, T0 } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
beforeAll(() => {
  lab = deviceLabFixture({ fleet: { edges: 4000, probeRatio: 0.1 } });
  // Exercise every state the schemas must accept: down, never reported, failing.
  const probes = lab.ctx.fleet.probes;
  lab.hawkeye.probes.setUp({
    probe: pickEdge(probes, (p) => p.active),
    kind: 'nodetonode',
    up: false,
  });
  lab.hawkeye.probes.addDegradation({
    serialNumber: '',
    probeIndex: pickEdge(probes, (p) => p.active && !p.neverReported).index,
    testType: null,
    metric: 'MOS',
    value: null,
    from: T0 - 3_600_000,
    until: null,
  });
});
afterAll(async () => {
  await lab.close();
});

function expectContract<S extends z.ZodType>(
  schema: S,
  response: LightMyRequestResponse,
): z.output<S> {
  const body: unknown = String(response.headers['content-type']).includes('json')
    ? response.json()
    : response.body;
  const parsed = schema.safeParse(body);
  expect(
    parsed.success,
    parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
  ).toBe(true);
  return parsed.data as z.output<S>;
}

describe('hawkeye contract - every answer parses with the vendor-apis schema', () => {
  it('login, H1 every probe page, H2 and H3 for every result of a window, errors', async () => {
    const login = await lab.hawkeye.app.inject({
      method: 'POST',
      url: '/login',
      payload: { username: 'lab-hawkeye', password: 'lab-password' },
    });
    expectContract(hawkeyeLoginResponse, login);
    const cookie = { cookie: String(login.headers['set-cookie']).split(';')[0] ?? '' };
    const get = (url: string) => lab.hawkeye.app.inject({ method: 'GET', url, headers: cookie });
    for (let offset = 0; offset < lab.ctx.fleet.probes.length; offset += 100) {
      expectContract(
        hawkeyeProbesResponse,
        await get(`/probes?limit=100&offset=${String(offset)}`),
      );
    }
    const window = `startDate=${new Date(T0 - 1_800_000).toISOString()}&endDate=${new Date(T0).toISOString()}`;
    const ids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page: HawkeyeTestResultsResponse = expectContract(
        hawkeyeTestResultsResponse,
        await get(`/testsresults?${window}&limit=100&offset=${String(offset)}`),
      );
      ids.push(...page.records.map((r) => r.id));
      if (page.has_more === 0) break;
    }
    const statuses = new Set<string>();
    for (const id of ids.slice(0, 400)) {
      statuses.add(expectContract(hawkeyeTestDetail, await get(`/testsresults/${id}`)).status);
    }
    expect(statuses).toEqual(new Set(['Passed', 'Failed', 'Error']));
    expectContract(hawkeyeErrorResponse, await get('/testsresults?startDate=x&endDate=y'));
    expectContract(
      hawkeyeErrorResponse,
      await lab.hawkeye.app.inject({ method: 'GET', url: '/probes' }),
    );
  });
});

describe('digi contract', () => {
  it('token, D1 accepted / aborted / error, D2 logs and Error, OAuth errors', async () => {
    const token = await lab.digi.app.inject({
      method: 'POST',
      url: '/Identity/rest/oauth/token',
      headers: {
        authorization: `basic ${Buffer.from('lab-digi:lab-secret').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'grant_type=client_credentials&scope=write:dms',
    });
    const { access_token } = expectContract(digiTokenResponse, token);
    const authorization = `Bearer ${access_token}`;
    const device = pickEdge(lab.ctx.fleet.digiDevices, () => true);
    const reboot = (headers: Record<string, string>) =>
      lab.digi.app.inject({
        method: 'POST',
        url: '/DeviceManagement_API/rest/Recovery/RecoverDevice',
        headers: { authorization, ...headers },
      });
    const headers = { VeloSerial: device.edgeSerial, Ticket: '7301455', MAC: device.mac };
    expectContract(digiRecoverDeviceResponse, await reboot(headers));
    expectContract(digiRecoverDeviceResponse, await reboot(headers));
    expectContract(digiRecoverDeviceResponse, await reboot({ ...headers, VeloSerial: 'VC0' }));
    expectContract(digiRecoverDeviceResponse, await reboot({}));
    const logs = (h: Record<string, string>) =>
      lab.digi.app.inject({
        method: 'GET',
        url: '/DeviceManagement_API/rest/Recovery/Logs',
        headers: { authorization, ...h },
      });
    expect(expectContract(digiRecoveryLogsResponse, await logs({ Size: '999' })).Count).toBe(1);
    expectContract(digiErrorResponse, await logs({ StartDateTime: 'soon' }));
    expectContract(digiOAuthErrorResponse, await logs({ authorization: 'Bearer nope' }));
  });
});

describe('dri contract', () => {
  it('login, R1, R2, R3 pending / done / rejected / failed, FAILED answers', async () => {
    const login = await lab.dri.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=lab-dri%40mettel.example&password=lab-password',
    });
    const headers = {
      authorization: `Bearer ${expectContract(driLoginResponse, login).authorization_token}`,
    };
    const get = (url: string) => lab.dri.app.inject({ method: 'GET', url, headers });
    const [device] = lab.ctx.fleet.index.piabBySerial.keys();
    const base = `/acs/device/${device ?? ''}`;
    const data = encodeURIComponent(
      JSON.stringify({
        ParameterNames: ['InternetGatewayDevice.DeviceInfo.X_8C192D_lte_info.Providers'],
        Source: 0,
      }),
    );
    expectContract(driTaskPendingResponse, await get(`${base}/taskpending`));
    const created = expectContract(
      driTaskIdResponse,
      await get(`${base}/parameter_returnid?data=${data}`),
    );
    const id = created.status === 'SUCCESS' ? created.data.Id : 0;
    expectContract(driTaskPendingResponse, await get(`${base}/taskpending`));
    const messages: string[] = [];
    for (let poll = 0; poll < 3; poll += 1) {
      const answer = expectContract(
        driTaskResultResponse,
        await get(`${base}/parameter_tid?transactionid=${String(id)}`),
      );
      messages.push(answer.status === 'SUCCESS' ? answer.data.Message : 'FAILED');
    }
    expect(messages).toEqual(['Pending', 'Pending', '']);
    for (const outcome of ['rejected', 'failed'] as const) {
      lab.dri.tasks.setRule({ outcome, pendingPolls: 0 });
      const task = expectContract(
        driTaskIdResponse,
        await get(`${base}/parameter_returnid?data=${data}`),
      );
      const taskId = task.status === 'SUCCESS' ? task.data.Id : 0;
      expectContract(
        driTaskResultResponse,
        await get(`${base}/parameter_tid?transactionid=${String(taskId)}`),
      );
    }
    expectContract(driTaskPendingResponse, await get('/acs/device/nope/taskpending'));
    expectContract(driTaskIdResponse, await get(`${base}/parameter_returnid?data=%7B`));
  });
});

describe('slack contract', () => {
  it('ok and the error texts', async () => {
    const post = (payload: string) =>
      lab.slack.app.inject({
        method: 'POST',
        url: LAB_SLACK_WEBHOOK_PATH,
        headers: { 'content-type': 'application/json' },
        payload,
      });
    expectContract(slackWebhookResponse, await post('{"text":"hello"}'));
    expectContract(slackWebhookErrorResponse, await post('{}'));
    expectContract(slackWebhookErrorResponse, await post('{'));
  });
});
