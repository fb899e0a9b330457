import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { LabClock } from '../../src/clock/lab-clock.js';
import { buildControlApp } from '../../src/control/build-control-app.js';
import { registerDigiControlRoutes } from '../../src/control/routes/digi-control-routes.js';
import { registerDriControlRoutes } from '../../src/control/routes/dri-control-routes.js';
import { registerHawkeyeControlRoutes } from '../../src/control/routes/hawkeye-control-routes.js';
import {
  registerEmailControlRoutes,
  registerSlackControlRoutes,
} from '../../src/control/routes/message-control-routes.js';
import { registerT7ControlRoutes } from '../../src/control/routes/t7-control-routes.js';
import { buildDigiApp, type DigiSimulator } from '../../src/digi/build-digi-app.js';
import { buildDriApp, type DriSimulator } from '../../src/dri/build-dri-app.js';
import { buildSmtpSink, type SmtpSink } from '../../src/email/build-smtp-sink.js';
import { faultSpec, type FaultSpecInput } from '../../src/faults/fault-spec.js';
import type { FleetOptions } from '../../src/fleet/fleet-types.js';
import { buildHawkeyeApp, type HawkeyeSimulator } from '../../src/hawkeye/build-hawkeye-app.js';
import { createLabContext, type LabContext, type LabSettingsInput } from '../../src/lab-context.js';
import { buildSlackApp, type SlackSimulator } from '../../src/slack/build-slack-app.js';
import { buildT7Server, type T7Simulator } from '../../src/t7/build-t7-server.js';
import { T0 } from './lab-fixture.js';

export interface DeviceLabFixture {
  ctx: LabContext;
  clock: LabClock;
  hawkeye: HawkeyeSimulator;
  digi: DigiSimulator;
  dri: DriSimulator;
  slack: SlackSimulator;
  t7: T7Simulator;
  email: SmtpSink;
  control: FastifyInstance;
  sleeps: number[];
  /** A `cookie` header with a fresh Hawkeye session. */
  hawkeyeCookie(): Promise<{ cookie: string }>;
  /** A valid Bearer header for DiGi. */
  digiAuth(): Promise<{ authorization: string }>;
  /** A valid Bearer header for DRI. */
  driAuth(): Promise<{ authorization: string }>;
  hawkeyeGet(url: string): Promise<LightMyRequestResponse>;
  controlCall(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  fault(spec: FaultSpecInput): void;
  close(): Promise<void>;
}

/**
 * The Hawkeye, DiGi, DRI and Slack apps (driven with inject()), the T7 and SMTP simulators (not
 * listening; int tests start them), and the control API with their routes, on one context with a
 * frozen clock at T0.
 */
export function deviceLabFixture(
  options: { fleet?: Partial<FleetOptions>; settings?: LabSettingsInput } = {},
): DeviceLabFixture {
  const clock = new LabClock({ speed: 0, startAt: T0 });
  const sleeps: number[] = [];
  const ctx = createLabContext({
    fleet: { seed: 42, edges: 120, hosts: 2, probeRatio: 0.2, ...options.fleet },
    clock,
    ...(options.settings === undefined ? {} : { settings: options.settings }),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  const hawkeye = buildHawkeyeApp(ctx);
  const digi = buildDigiApp(ctx);
  const dri = buildDriApp(ctx);
  const slack = buildSlackApp(ctx);
  const t7 = buildT7Server(ctx);
  const email = buildSmtpSink(ctx);
  const control = buildControlApp({
    ctx,
    simulators: new Map(
      ['hawkeye', 't7', 'digi', 'dri', 'slack', 'email'].map((name) => [name, []]),
    ),
    extensions: [
      {
        name: 'hawkeye',
        routes: (app) => registerHawkeyeControlRoutes(app, { ctx, state: hawkeye.probes }),
      },
      { name: 't7', routes: (app) => registerT7ControlRoutes(app, { ctx, ...t7 }) },
      { name: 'digi', routes: (app) => registerDigiControlRoutes(app, { ctx, ...digi }) },
      { name: 'dri', routes: (app) => registerDriControlRoutes(app, { ctx, tasks: dri.tasks }) },
      { name: 'slack', routes: (app) => registerSlackControlRoutes(app, slack) },
      { name: 'email', routes: (app) => registerEmailControlRoutes(app, email) },
    ],
  });
  const fixture: DeviceLabFixture = {
    ctx,
    clock,
    hawkeye,
    digi,
    dri,
    slack,
    t7,
    email,
    control,
    sleeps,
    async hawkeyeCookie() {
      const response = await hawkeye.app.inject({
        method: 'POST',
        url: '/login',
        payload: { username: 'lab-hawkeye', password: 'lab-password' },
      });
      return { cookie: String(response.headers['set-cookie'] ?? '').split(';')[0] ?? '' };
    },
    async digiAuth() {
      const response = await digi.app.inject({
        method: 'POST',
        url: '/Identity/rest/oauth/token',
        headers: {
          authorization: `basic ${Buffer.from('lab-digi:lab-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'grant_type=client_credentials&scope=write:dms',
      });
      return { authorization: `Bearer ${response.json<{ access_token: string }>().access_token}` };
    },
    async driAuth() {
      const response = await dri.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `email=${encodeURIComponent('lab-dri@mettel.example')}&password=lab-password`,
      });
      return {
        authorization: `Bearer ${response.json<{ authorization_token: string }>().authorization_token}`,
      };
    },
    async hawkeyeGet(url) {
      return hawkeye.app.inject({ method: 'GET', url, headers: await fixture.hawkeyeCookie() });
    },
    controlCall(method, url, payload) {
      return control.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    },
    fault(spec) {
      ctx.faults.add(faultSpec.parse(spec));
    },
    async close() {
      await Promise.all([
        hawkeye.app.close(),
        digi.app.close(),
        dri.app.close(),
        slack.app.close(),
        control.close(),
      ]);
    },
  };
  return fixture;
}
