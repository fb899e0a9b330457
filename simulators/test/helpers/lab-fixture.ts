import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildBruinApp } from '../../src/bruin/build-bruin-app.js';
import { LabClock } from '../../src/clock/lab-clock.js';
import { buildControlApp } from '../../src/control/build-control-app.js';
import { registerBruinTicketRoutes } from '../../src/control/routes/bruin-ticket-routes.js';
import { registerVcoEventRoutes } from '../../src/control/routes/vco-event-routes.js';
import type { FleetOptions } from '../../src/fleet/fleet-types.js';
import { createLabContext, type LabContext } from '../../src/lab-context.js';
import { buildVcoApp } from '../../src/velocloud/build-vco-app.js';

/** 2023-04-11T13:15:00Z: a fixed lab time for tests. */
export const T0 = Date.UTC(2023, 3, 11, 13, 15, 0);

export interface LabFixture {
  ctx: LabContext;
  clock: LabClock;
  bruin: FastifyInstance;
  vco: Map<string, FastifyInstance>;
  control: FastifyInstance;
  sleeps: number[];
  /** A valid Bearer header for the Bruin API. */
  bruinAuth(): Promise<{ authorization: string }>;
  /** A `cookie` header with a fresh session on a VCO host. */
  vcoCookie(host: string): Promise<{ cookie: string }>;
  vcoPost(host: string, path: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Every app of the lab on one context, driven with inject(): no ports, frozen clock at T0. */
export function labFixture(options: Partial<FleetOptions> = {}): LabFixture {
  const clock = new LabClock({ speed: 0, startAt: T0 });
  const sleeps: number[] = [];
  const ctx = createLabContext({
    fleet: { seed: 42, edges: 40, hosts: 2, ...options },
    clock,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  const { app: bruin, emails } = buildBruinApp(ctx);
  const vco = new Map(ctx.fleet.hosts.map((host) => [host, buildVcoApp(ctx, host).app]));
  const control = buildControlApp({
    ctx,
    simulators: new Map([
      ['bruin', []],
      ['vco', [...ctx.fleet.hosts]],
    ]),
    extensions: [
      { name: 'bruin', routes: (app) => registerBruinTicketRoutes(app, { ctx, emails }) },
      { name: 'vco', routes: (app) => registerVcoEventRoutes(app, ctx) },
    ],
  });
  const vcoApp = (host: string): FastifyInstance => {
    const app = vco.get(host);
    if (app === undefined) throw new Error(`no VCO app for ${host}`);
    return app;
  };
  const fixture: LabFixture = {
    ctx,
    clock,
    bruin,
    vco,
    control,
    sleeps,
    async bruinAuth() {
      const response = await bruin.inject({
        method: 'POST',
        url: '/identity/connect/token',
        headers: {
          authorization: `Basic ${Buffer.from('lab-client:lab-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'grant_type=client_credentials&scope=public_api',
      });
      const token = response.json<{ access_token: string }>().access_token;
      return { authorization: `Bearer ${token}` };
    },
    async vcoCookie(host) {
      const response = await vcoApp(host).inject({
        method: 'POST',
        url: '/portal/rest/login/operatorLogin',
        payload: { username: 'lab-operator', password: 'lab-password' },
      });
      const setCookie = String(response.headers['set-cookie'] ?? '');
      return { cookie: setCookie.split(';')[0] ?? '' };
    },
    async vcoPost(host, path, body = {}) {
      const headers = await fixture.vcoCookie(host);
      return vcoApp(host).inject({
        method: 'POST',
        url: `/portal/rest/${path}`,
        headers: { ...headers, 'content-type': 'application/json-patch+json' },
        payload: JSON.stringify(body),
      });
    },
    async close() {
      await Promise.all([
        bruin.close(),
        control.close(),
        ...[...vco.values()].map((a) => a.close()),
      ]);
    },
  };
  return fixture;
}

/** The first edge matching a predicate (fails the test when none). */
export function pickEdge<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const found = items.find(predicate);
  if (found === undefined) throw new Error('no fleet item matches; change the test seed');
  return found;
}
