import type { VcoEdgeLinkStatusRow } from '@automation-engine/vendor-apis';
import { afterEach, describe, expect, it } from 'vitest';
import { startLab, type RunningLab } from '../src/start-lab.js';

let lab: RunningLab | undefined;
afterEach(async () => {
  await lab?.close();
  lab = undefined;
});

describe('startLab', () => {
  it('starts Bruin, one VCO per host and the control API on free ports; the walkthrough works over HTTP', async () => {
    lab = await startLab({ seed: 5, edges: 30, hosts: 3, clock: { speed: 60 } });
    expect(Object.keys(lab.urls.vco)).toEqual([
      'mettel.velocloud.net',
      'metvco02.mettel.net',
      'metvco03.mettel.net',
    ]);
    expect(new Set([lab.urls.control, lab.urls.bruin, ...Object.values(lab.urls.vco)]).size).toBe(
      5,
    );
    const edge = lab.fleet.edges.find((e) => e.links.length > 0);
    if (edge === undefined) throw new Error('no edge');

    const down = await fetch(`${lab.urls.control}/fleet/edges/${edge.serial}/down`, {
      method: 'POST',
    });
    expect(down.status).toBe(200);

    const vco = lab.urls.vco[edge.host] ?? '';
    const login = await fetch(`${vco}/portal/rest/login/operatorLogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lab-operator', password: 'lab-password' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rows = (await (
      await fetch(`${vco}/portal/rest/monitoring/getEnterpriseEdgeLinkStatus`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json-patch+json' },
        body: '{}',
      })
    ).json()) as VcoEdgeLinkStatusRow[];
    expect(rows.find((r) => r.edgeSerialNumber === edge.serial)?.edgeState).toBe('OFFLINE');

    const token = (await (
      await fetch(`${lab.urls.bruin}/identity/connect/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('lab-client:lab-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials&scope=public_api',
      })
    ).json()) as { access_token: string };
    const repair = await fetch(`${lab.urls.bruin}/api/Ticket/repair`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token.access_token}`,
        'content-type': 'application/json-patch+json',
      },
      body: JSON.stringify({
        ClientID: edge.clientId,
        WTNs: [edge.serial],
        RequestDescription: "MetTel's IPA -- Service Outage Trouble",
      }),
    });
    expect(repair.status).toBe(200);
    const tickets = (await (
      await fetch(`${lab.urls.control}/bruin/tickets?serviceNumber=${edge.serial}`)
    ).json()) as { total: number };
    expect(tickets.total).toBe(1);
    const info = (await (await fetch(`${lab.urls.control}/lab`)).json()) as {
      urls: { bruin: string };
    };
    expect(info.urls.bruin).toBe(lab.urls.bruin);
  });

  it('accepts a generated fleet and explicit ports, and resets', async () => {
    const { generateFleet } = await import('../src/fleet/generate-fleet.js');
    const fleet = generateFleet({ seed: 2, edges: 4, hosts: 1 });
    lab = await startLab({ fleet, ports: { bruin: 0, vco: 0, control: 0 } });
    expect(lab.fleet).toBe(fleet);
    lab.context.runtime.setEdgeState(fleet.edges[0]?.serial ?? '', 'OFFLINE');
    lab.reset();
    expect(lab.context.runtime.changedEdgeKeys()).toEqual([]);
  });

  it('closes what it started when a port is taken', async () => {
    lab = await startLab({ edges: 2, hosts: 1 });
    const port = Number(new URL(lab.urls.bruin).port);
    await expect(startLab({ edges: 2, hosts: 1, ports: { bruin: port } })).rejects.toThrow();
  });
});
