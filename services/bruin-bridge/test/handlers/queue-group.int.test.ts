import { bruinCustomerGetInfo } from '@automation-engine/contracts/bruin';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { metricValue, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BruinBridge, startBruinBridge } from '../../src/app.js';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';

describe('bruin-bridge replicas', () => {
  let h: Harness;
  let secondBus: Bus;
  let second: BruinBridge;
  const secondRegistry = new Registry();

  beforeAll(async () => {
    h = await startHarness('replicas');
    const { natsUrl, redisUrl } = sharedServers();
    secondBus = await connectBus({
      servers: natsUrl,
      name: 'bruin-bridge-replica',
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
      registry: secondRegistry,
      subjectPrefix: h.scope,
    });
    second = startBruinBridge({
      bus: secondBus,
      logger: pino({ level: 'silent' }),
      registry: secondRegistry,
      settings: h.settings,
    });
    await secondBus.flush();
  });

  afterAll(async () => {
    await second.stop();
    await secondBus.drain();
    await h.close();
  });

  it('share the requests of a subject through the bruin_bridge queue group, each answered once', async () => {
    const edge = anyEdge(h.lab);
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        h.caller.request(bruinCustomerGetInfo, { service_number: edge.serial }),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const handled = async (registry: Registry) =>
      (await metricValue(registry, 'bus_handled_requests_total', {
        subject: 'bruin.customer.get.info',
        status: '200',
      })) ?? 0;
    const first = await handled(h.registry);
    const other = await handled(secondRegistry);
    expect(first + other).toBe(40);
    expect(first).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(0);
  });
});
