import { t7LiveAutomationMetrics } from '@automation-engine/contracts/t7';
import { connectBus } from '@automation-engine/messaging';
import { runService } from '@automation-engine/service-kit';
import { startLab } from '@automation-engine/simulators';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { wireT7Bridge } from '../src/app.js';
import { serviceEnv } from '../src/config.js';

describe('t7-bridge as a service', () => {
  it('starts from its environment, serves, is ready, and stops cleanly', async () => {
    const lab = await startLab({ seed: 3, edges: 10, hosts: 1 });
    const scope = isolatedScope('service');
    const { natsUrl, redisUrl } = sharedServers();
    const port = await freePort();
    const service = await runService(
      { name: 't7-bridge', env: serviceEnv, start: wireT7Bridge },
      {
        handleSignals: false,
        env: {
          NATS_URL: natsUrl,
          REDIS_URL: redisUrl,
          NATS_SUBJECT_PREFIX: scope,
          HTTP_PORT: String(port),
          HTTP_HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
          KRE_BASE_URL: lab.urls.t7 ?? '',
          KRE_TLS: 'false',
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
      const reply = await caller.request(t7LiveAutomationMetrics, {
        ticket_id: 1,
        asset_id: 'VC05200071234',
        automated_successfully: true,
      });
      expect(reply).toMatchObject({ ok: true, status: 200 });
      expect((await fetch(`${service.address}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${service.address}/metrics`)).text();
      expect(metrics).toContain(
        `bus_handled_requests_total{subject="${t7LiveAutomationMetrics.subject}",status="200"`,
      );
    } finally {
      await caller.drain();
      await service.stop();
      await lab.close();
    }
  });
});
