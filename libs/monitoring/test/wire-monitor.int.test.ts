import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineContract } from '@automation-engine/contracts';
import { notificationSlackRequest } from '@automation-engine/contracts/notifications';
import type { Bus } from '@automation-engine/messaging';
import { wireMonitorBase, type MonitorKitLike } from '@automation-engine/monitoring';
import type { ReadinessCheck } from '@automation-engine/observability';
import {
  captureLogger,
  isolatedScope,
  metricValue,
  sharedServers,
} from '@automation-engine/testing';
import { openBus } from './support.js';

const nobody = defineContract({
  subject: 'test.nobody.request',
  request: z.object({}),
  response: z.null(),
});

const opened: Bus[] = [];
afterAll(async () => {
  await Promise.all(opened.map((bus) => bus.drain()));
});

async function fakeKit(config: Partial<MonitorKitLike['config']> = {}) {
  const scope = isolatedScope('wire');
  const bus = await openBus(scope);
  const listener = await openBus(scope, pino({ level: 'silent' }));
  opened.push(bus, listener);
  const slack: unknown[] = [];
  listener.subscribe(notificationSlackRequest, (payload) => void slack.push(payload.message));
  await listener.flush();
  const captured = captureLogger();
  const checks: ReadinessCheck[] = [];
  const hooks: (() => Promise<void> | void)[] = [];
  const kit: MonitorKitLike = {
    config: {
      ENVIRONMENT_NAME: scope,
      CURRENT_ENVIRONMENT: 'dev',
      REDIS_URL: sharedServers().redisUrl,
      DRY_RUN: false,
      ...config,
    },
    logger: captured.logger,
    registry: new Registry(),
    bus,
    addReadinessCheck: (check) => checks.push(check),
    onShutdown: (hook) => hooks.push(hook),
  };
  const shutdown = async () => {
    for (const hook of hooks) await hook();
  };
  return { kit, scope, slack, checks, shutdown, ...captured };
}

describe('wireMonitorBase', () => {
  it('wires the notifier, bridge calls, decision log and forwards store onto the kit', async () => {
    const { kit, scope, slack, checks, shutdown, lines } = await fakeKit();
    const base = wireMonitorBase(kit, { slackPrefix: '[service-affecting-monitor] ' });
    try {
      expect(base.decisions.mode).toBe('would-have');
      base.decisions.held({ action: 'forward', serial: 'VC', reason: 'r' });
      expect(
        await metricValue(kit.registry, 'monitor_decisions_total', {
          action: 'forward',
          outcome: 'would-have',
        }),
      ).toBe(1);
      expect(lines().some((line) => line.msg === 'Bruin write mode: would-have')).toBe(true);
      expect(checks.map((check) => check.name)).toEqual(['forwards-redis']);
      await expect.poll(() => checks[0]?.check()).toBe(true);

      expect(base.forwards.zKey).toBe(`${scope}-task_dispatcher-z-ticket_forwards`);
      await base.forwards.schedule({
        key: 'k',
        dueAt: new Date(1_000),
        data: { service: 's', ticket_id: 1, serial_number: 'VC', target_queue: 'HNOC Investigate' },
      });
      expect(await base.redis.zscore(base.forwards.zKey, 'k')).toBe('1');
      await base.forwards.clear('k');

      const result = await base.bridges.call(nobody, {}, { what: 'asking nobody' });
      expect(result.status).toBe(503);
      await expect
        .poll(() => slack)
        .toEqual([
          expect.stringMatching(
            new RegExp(
              `^\\[service-affecting-monitor\\] Error while asking nobody in ${scope.toUpperCase()} environment: Error 503`,
            ),
          ),
        ]);
    } finally {
      await shutdown();
    }
    await expect.poll(() => base.redis.status).toBe('end');
  });

  it('uses REDIS_TASK_DISPATCHER_URL over REDIS_URL and the write mode of the config', async () => {
    const { kit, shutdown } = await fakeKit({
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_TASK_DISPATCHER_URL: sharedServers().redisUrl,
      DRY_RUN: true,
    });
    const base = wireMonitorBase(kit);
    try {
      expect(base.decisions.mode).toBe('dry-run');
      expect(await base.redis.ping()).toBe('PONG');
    } finally {
      await shutdown();
    }
  });

  it('lives in production mode in production', async () => {
    const { kit, shutdown } = await fakeKit({ CURRENT_ENVIRONMENT: 'production' });
    const base = wireMonitorBase(kit);
    try {
      expect(base.decisions.writes).toBe(true);
    } finally {
      await shutdown();
    }
  });

  it('logs Redis errors instead of crashing, and reports not ready', async () => {
    const { kit, checks, shutdown, lines } = await fakeKit({ REDIS_URL: 'redis://127.0.0.1:1' });
    wireMonitorBase(kit);
    try {
      await expect
        .poll(() => lines().some((line) => line.msg === 'task-dispatcher Redis error'))
        .toBe(true);
      expect(checks[0]?.check()).toBe(false);
    } finally {
      await shutdown();
    }
  });
});
