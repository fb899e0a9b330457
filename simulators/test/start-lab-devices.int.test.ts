import { afterEach, describe, expect, it } from 'vitest';
import { startLab, type RunningLab } from '../src/start-lab.js';

let lab: RunningLab | undefined;
afterEach(async () => {
  await lab?.close();
  lab = undefined;
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('startLab - every simulator', () => {
  it('starts Hawkeye, T7, DiGi, DRI, Slack and SMTP on free ports and announces their URLs', async () => {
    lab = await startLab({ seed: 5, edges: 30, hosts: 1 });
    const { urls } = lab;
    expect(urls.hawkeye).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(urls.digi).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(urls.dri).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(urls.t7).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(urls.slack).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\/T\w+\/B\w+\/[\w-]+$/);
    expect(urls.email).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const ports = [
      urls.control,
      urls.bruin,
      ...Object.values(urls.vco),
      urls.hawkeye,
      urls.t7,
      urls.digi,
      urls.dri,
      urls.slack,
      urls.email,
    ].map((u) => /:(\d+)/.exec(u ?? '')?.[1]);
    expect(new Set(ports).size).toBe(ports.length);

    const login = await fetch(`${urls.hawkeye ?? ''}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lab-hawkeye', password: 'lab-password' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const probes = (await (
      await fetch(`${urls.hawkeye ?? ''}/probes`, { headers: { cookie } })
    ).json()) as {
      total_count: string;
    };
    expect(Number(probes.total_count)).toBe(lab.fleet.probes.length);
    const slack = await fetch(urls.slack ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(await slack.text()).toBe('ok');
    const messages = (await (await fetch(`${urls.control}/slack/messages`)).json()) as {
      total: number;
    };
    expect(messages.total).toBe(1);
  });

  it('brings a rebooted DiGi edge back on a running clock without any request', async () => {
    lab = await startLab({
      seed: 5,
      edges: 60,
      hosts: 1,
      clock: { speed: 600 },
      settings: { digi: { recoverySeconds: 30 } },
      tickIntervalMs: 10,
    });
    const device = lab.fleet.digiDevices[0];
    if (device === undefined) throw new Error('no DiGi device; change the seed');
    const { context } = lab;
    context.runtime.setEdgeState(device.edgeSerial, 'OFFLINE');
    const token = (await (
      await fetch(`${lab.urls.digi ?? ''}/Identity/rest/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `basic ${Buffer.from('lab-digi:lab-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials&scope=write:dms',
      })
    ).json()) as { access_token: string };
    const reboot = await fetch(
      `${lab.urls.digi ?? ''}/DeviceManagement_API/rest/Recovery/RecoverDevice`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token.access_token}`,
          VeloSerial: device.edgeSerial,
          Ticket: '7301455',
          MAC: device.mac,
        },
      },
    );
    expect(reboot.status).toBe(200);
    const edge = context.runtime.findEdge(device.edgeSerial).edge;
    await until(
      () => context.runtime.edge(edge).edgeState === 'CONNECTED',
      'the edge to come back',
    );
  });
});
