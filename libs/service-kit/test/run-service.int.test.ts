import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { envString } from '@automation-engine/config';
import { defineContract } from '@automation-engine/contracts';
import { connectBus } from '@automation-engine/messaging';
import { type RunningService, runService } from '@automation-engine/service-kit';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';

const hello = defineContract({
  subject: 'kit.hello.request',
  request: z.object({ name: z.string() }),
  response: z.object({ greeting: z.string() }),
  timeoutMs: 5_000,
});

const running: RunningService<unknown>[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop()));
});

async function baseEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const { natsUrl, redisUrl } = sharedServers();
  return {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    HTTP_PORT: String(await freePort()),
    HTTP_HOST: '127.0.0.1',
    ENVIRONMENT_NAME: 'test',
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

describe('runService', () => {
  const scope = isolatedScope('kit');

  it('wires config, HTTP probes, metrics and the bus, then serves what start registers', async () => {
    const service = await runService(
      {
        name: 'hello-service',
        env: { GREETING: envString().default('hi') },
        start: ({ bus, config }) => {
          bus.serve(hello, (body) => ({
            status: 200,
            body: { greeting: `${config.GREETING} ${body.name}` },
          }));
        },
      },
      {
        env: await baseEnv({ GREETING: 'hello', NATS_SUBJECT_PREFIX: scope }),
        handleSignals: false,
      },
    );
    running.push(service);

    const health = await fetch(`${service.address}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${service.address}/readyz`);
    await expect.poll(async () => (await fetch(`${service.address}/readyz`)).status).toBe(200);
    expect([200, 503]).toContain(ready.status);

    const { natsUrl, redisUrl } = sharedServers();
    const caller = await connectBus({
      servers: natsUrl,
      name: 'caller',
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
      subjectPrefix: scope,
    });
    try {
      expect(await caller.request(hello, { name: 'ops' })).toEqual({
        ok: true,
        status: 200,
        body: { greeting: 'hello ops' },
      });
    } finally {
      await caller.drain();
    }
    const metrics = await (await fetch(`${service.address}/metrics`)).text();
    expect(metrics).toContain('bus_handled_requests_total');
    expect(metrics).toMatch(/service="hello-service"/);
    expect(metrics).toContain('process_cpu_user_seconds_total');
  });

  it('reports not ready once stopping, and stops only once', async () => {
    const service = await runService(
      { name: 'stopper', env: {}, start: () => undefined },
      { env: await baseEnv(), handleSignals: false },
    );
    await expect.poll(async () => (await fetch(`${service.address}/readyz`)).status).toBe(200);
    await Promise.all([service.stop(), service.stop()]);
    expect(service.kit.bus.connected).toBe(false);
    await expect(fetch(`${service.address}/healthz`)).rejects.toThrow();
  });

  it('runs shutdown hooks in reverse order before the bus drains', async () => {
    const order: string[] = [];
    const service = await runService(
      {
        name: 'hooks',
        env: {},
        start: ({ onShutdown, bus }) => {
          onShutdown(() => {
            order.push(`first (bus connected: ${String(bus.connected)})`);
          });
          onShutdown(() => {
            order.push('second');
          });
          onShutdown(() => {
            throw new Error('a failing hook does not stop the others');
          });
        },
      },
      { env: await baseEnv(), handleSignals: false },
    );
    await service.stop();
    expect(order).toEqual(['second', 'first (bus connected: true)']);
  });

  it('adds readiness checks of the service behind /readyz', async () => {
    let cacheLoaded = false;
    const service = await runService(
      {
        name: 'with-check',
        env: {},
        start: ({ addReadinessCheck }) => {
          addReadinessCheck({ name: 'cache', check: () => cacheLoaded });
        },
      },
      { env: await baseEnv(), handleSignals: false },
    );
    running.push(service);
    const first = await fetch(`${service.address}/readyz`);
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ checks: { cache: false } });
    cacheLoaded = true;
    await expect.poll(async () => (await fetch(`${service.address}/readyz`)).status).toBe(200);
  });

  it('lists every bad variable at once and exits 1', async () => {
    const written: string[] = [];
    const exit = (code: number): never => {
      throw new Error(`exit ${String(code)}`);
    };
    await expect(
      runService(
        { name: 'bad-config', env: { BRUIN_CLIENT_ID: envString() }, start: () => undefined },
        {
          env: { HTTP_PORT: 'eighty', LOG_LEVEL: 'loud', NATS_USER: 'u', REDIS_URL: 'http://x' },
          exit,
          write: (text) => written.push(text),
          handleSignals: false,
        },
      ),
    ).rejects.toThrow('exit 1');
    const message = written.join('');
    for (const variable of [
      'HTTP_PORT',
      'LOG_LEVEL',
      'BRUIN_CLIENT_ID',
      'NATS_PASSWORD',
      'REDIS_URL',
    ]) {
      expect(message).toContain(variable);
    }
  });

  it('stops what it started when the service fails to start', async () => {
    const env = await baseEnv();
    await expect(
      runService(
        {
          name: 'broken',
          env: {},
          start: () => {
            throw new Error('vendor credentials rejected');
          },
        },
        { env, handleSignals: false },
      ),
    ).rejects.toThrow('vendor credentials rejected');
    await expect(fetch(`http://127.0.0.1:${env['HTTP_PORT']!}/healthz`)).rejects.toThrow();
  });
});

describe('a service process', () => {
  it('drains on SIGTERM, answers the request in hand, and exits 0; logs carry service fields and no secret', async () => {
    const env = await baseEnv({
      GREETING: 'hey',
      VENDOR_PASSWORD: 'hunter2-secret',
      LOG_LEVEL: 'info',
    });
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'echo-service.ts'),
      ],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await expect.poll(() => stdout.includes('service started'), { timeout: 20_000 }).toBe(true);

    const { natsUrl, redisUrl } = sharedServers();
    const { fixtureEcho } = await import('./fixtures/echo-contract.js');
    const caller = await connectBus({
      servers: natsUrl,
      name: 'caller',
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
    });
    try {
      const inHand = caller.request(fixtureEcho, { text: 'a slow one' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill('SIGTERM');
      expect(await inHand).toMatchObject({ ok: true, body: { greeting: 'hey' } });
    } finally {
      await caller.drain();
    }
    expect(await exited).toBe(0);

    const lines = stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).toMatchObject({
        service: 'echo-fixture',
        environment: 'test',
        version: '1.2.3',
      });
    }
    expect(stdout).not.toContain('hunter2-secret');
    expect(lines.map((line) => line['msg'])).toEqual(
      expect.arrayContaining(['signal received: draining', 'stopped']),
    );
  });
});
