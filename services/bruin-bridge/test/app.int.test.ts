import { bruinGetTicketContacts } from '@automation-engine/contracts/bruin';
import { connectBus } from '@automation-engine/messaging';
import { runService } from '@automation-engine/service-kit';
import { startLab } from '@automation-engine/simulators';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { wireBruinBridge } from '../src/app.js';
import { serviceEnv } from '../src/config.js';

describe('bruin-bridge as a service', () => {
  it('starts from its environment, serves, exposes bruin_api_usage, and stops cleanly', async () => {
    const lab = await startLab({ seed: 3, edges: 5, hosts: 1 });
    const scope = isolatedScope('service');
    const { natsUrl, redisUrl } = sharedServers();
    const port = await freePort();
    const service = await runService(
      { name: 'bruin-bridge', env: serviceEnv, start: wireBruinBridge },
      {
        handleSignals: false,
        env: {
          NATS_URL: natsUrl,
          REDIS_URL: redisUrl,
          NATS_SUBJECT_PREFIX: scope,
          HTTP_PORT: String(port),
          HTTP_HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
          BRUIN_BASE_URL: lab.urls.bruin,
          BRUIN_CLIENT_ID: 'lab-client',
          BRUIN_CLIENT_SECRET: 'lab-secret',
          IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
        },
      },
    );
    const caller = await connectBus({
      servers: natsUrl,
      name: 'caller',
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
      subjectPrefix: scope,
    });
    try {
      const client = lab.fleet.clients[0]!;
      const reply = await caller.request(bruinGetTicketContacts, { client_id: client.clientId });
      expect(reply).toMatchObject({ ok: true, status: 200 });
      const ready = await fetch(`${service.address}/readyz`);
      expect(ready.status).toBe(200);
      const metrics = await (await fetch(`${service.address}/metrics`)).text();
      expect(metrics).toMatch(
        /bruin_api_usage\{method="GET",endpoint_="\/api\/Ticket\/Contacts",response_status="200",.*\} 1/,
      );
      expect(metrics).toContain(
        'bus_handled_requests_total{subject="bruin.get.ticket.contacts",status="200"',
      );
    } finally {
      await caller.drain();
      await service.stop();
      await lab.close();
    }
  });
});
