import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hnocForwardKey } from '@automation-engine/monitoring';
import { labControlClient, startLab, type RunningLab } from '@automation-engine/simulators';
import { freePort, startServiceProcess, type ServiceProcess } from '@automation-engine/testing';
import {
  SERVICE,
  startDispatcherFixture,
  type DispatcherFixture,
  type RunningDispatcher,
} from '../support/dispatcher-fixture.js';

const labTicket = z.looseObject({
  ticketID: z.number(),
  details: z.array(z.looseObject({ detailID: z.number(), currentTaskName: z.string() })),
});

let lab: RunningLab;
let bruinBridge: ServiceProcess;
let fx: DispatcherFixture;
let dispatcher: RunningDispatcher;

beforeAll(async () => {
  lab = await startLab({ seed: 41, edges: 10, hosts: 1 });
  // Without the fake bruin-bridge: the real one answers on the fixture's scope.
  fx = await startDispatcherFixture({ fakeBridge: false });
  bruinBridge = await startServiceProcess({
    name: 'bruin-bridge',
    port: await freePort(),
    env: {
      NATS_URL: fx.natsUrl,
      REDIS_URL: fx.redisUrl,
      NATS_SUBJECT_PREFIX: fx.scope,
      ENVIRONMENT_NAME: fx.scope,
      LOG_LEVEL: 'warn',
      BRUIN_BASE_URL: lab.urls.bruin,
      BRUIN_CLIENT_ID: 'lab-client',
      BRUIN_CLIENT_SECRET: 'lab-secret',
      IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
      BRUIN_RETRIES: '0',
    },
  });
  dispatcher = await fx.startDispatcher({ DISPATCH_TTL_SECONDS: '0' });
}, 60_000);
afterAll(async () => {
  await fx.close();
  await bruinBridge.stop();
  await lab.close();
});

describe('task-dispatcher - through the real bruin-bridge and the lab', () => {
  it('moves a lab ticket to HNOC Investigate, then reports the second forward as an error', async () => {
    const control = labControlClient(lab.urls.control);
    const serial = lab.fleet.edges[0]?.serial ?? '';
    const seeded = labTicket.parse(
      await control('POST', '/bruin/tickets', {
        serviceNumbers: [serial],
        topic: 'VOO',
        status: 'InProgress',
      }),
    );
    const task = {
      service: SERVICE,
      ticket_id: seeded.ticketID,
      serial_number: serial,
      target_queue: 'HNOC Investigate',
    };
    const key = hnocForwardKey(seeded.ticketID, serial);
    await fx.store.schedule({ key, dueAt: new Date(Date.now() - 1_000), data: task });
    await dispatcher.runOnce();
    await expect.poll(() => fx.successes.map((t) => t.ticket_id)).toEqual([seeded.ticketID]);
    const moved = labTicket.parse(
      await control('GET', `/bruin/tickets/${String(seeded.ticketID)}`),
    );
    expect(moved.details[0]?.currentTaskName).toBe('HNOC Investigate');
    expect(await fx.store.dataOf(key)).toBeNull();

    // Already there: Bruin-bridge answers 400, a failure as in the original; TTL 0 → error.
    await fx.store.schedule({ key, dueAt: new Date(Date.now() - 1_000), data: task });
    await dispatcher.runOnce();
    await expect.poll(() => fx.errors.map((t) => t.ticket_id)).toEqual([seeded.ticketID]);
    expect(await fx.store.dataOf(key)).toBeNull();
    await expect
      .poll(() =>
        fx.slack.some((text) => /Error 400 - .*already in the queue HNOC Investigate/.test(text)),
      )
      .toBe(true);
  });
});
