import { getDigiRecoveryLogs } from '@automation-engine/contracts/digi';
import { connectBus } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import { startLab } from '@automation-engine/simulators';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { wireDigiBridge } from '../src/app.js';
import type { DigiBridgeConfig } from '../src/config.js';
import { givenDigiFault, startHarness } from './support/bridge-harness.js';

describe('wireDigiBridge', () => {
  it('serves the subjects on the kit', async () => {
    const lab = await startLab({ seed: 7, edges: 5, hosts: 1, clock: { speed: 0 } });
    const scope = isolatedScope('digi-wire');
    const { natsUrl, redisUrl } = sharedServers();
    const logger = pino({ level: 'silent' });
    const connect = (name: string) =>
      connectBus({
        servers: natsUrl,
        name,
        redis: redisUrl,
        logger,
        registry: new Registry(),
        subjectPrefix: scope,
      });
    const bus = await connect('bridge');
    const caller = await connect('caller');
    const kit = {
      bus,
      logger,
      registry: new Registry(),
      config: {
        DIGI_BASE_URL: lab.urls.digi,
        DIGI_CLIENT_ID: 'lab-digi',
        DIGI_CLIENT_SECRET: 'lab-secret',
        DIGI_TIMEOUT_MS: 2_000,
        DIGI_RETRIES: 0,
        DIGI_RETRY_BASE_DELAY_MS: 0,
        DIGI_CONCURRENCY: 2,
      },
    } as unknown as ServiceKit<DigiBridgeConfig>;
    wireDigiBridge(kit);
    await bus.flush();
    expect((await caller.request(getDigiRecoveryLogs, { size: '1' })).ok).toBe(true);
    await caller.drain();
    await bus.drain();
    await lab.close();
  });
});

describe('unexpected DiGi answers', () => {
  it('answers 500 naming the answer that breaks the vendor schema', async () => {
    const h = await startHarness('shape');
    try {
      await givenDigiFault(h, {
        path: '/DeviceManagement_API/rest/Recovery/Logs',
        action: { kind: 'error', status: 200, body: { Logs: 'not a list' } },
        times: 1,
      });
      const reply = await h.caller.request(getDigiRecoveryLogs, { size: '1' });
      expect(reply).toMatchObject({ ok: false, status: 500 });
      expect(String(reply.body)).toContain('Unexpected answer from DiGi GET');
    } finally {
      await h.close();
    }
  });
});
