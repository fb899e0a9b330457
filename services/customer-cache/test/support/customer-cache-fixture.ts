import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { PayloadOf } from '@automation-engine/contracts';
import {
  notificationEmailRequest,
  notificationSlackRequest,
} from '@automation-engine/contracts/notifications';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { runService, type RunningService } from '@automation-engine/service-kit';
import { startLab, type RunningLab, type StartLabOptions } from '@automation-engine/simulators';
import {
  freePort,
  isolatedScope,
  sharedServers,
  startServiceProcess,
  type ServiceProcess,
} from '@automation-engine/testing';
import { wireCustomerCache, type CustomerCacheApp } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';

export interface EngineFixture {
  lab: RunningLab;
  scope: string;
  hosts: string[];
  bridges: ServiceProcess[];
  /** A bus on the scope: the test's caller, and the listener of notifications. */
  caller: Bus;
  /** The cache Redis, to look at or prepare keys. */
  redis: Redis;
  slack: string[];
  emails: PayloadOf<typeof notificationEmailRequest>['email_data'][];
  /** Starts a customer-cache (through app.ts) on the fixture's scope and environment name. */
  startCache(env?: Record<string, string>): Promise<RunningCache>;
  fault(spec: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  /** Deletes every key of the fixture's environment and forgets the notifications seen. */
  resetCache(): Promise<void>;
  close(): Promise<void>;
}

export interface RunningCache {
  service: RunningService<unknown>;
  app: CustomerCacheApp;
  stop(): Promise<void>;
}

/**
 * The lab, the real velocloud- and bruin-bridge as child processes, and a caller, on one isolated
 * scope; customer-caches are started in-process through their app.ts wiring.
 */
export async function startEngineFixture(
  options: { lab?: StartLabOptions } = {},
): Promise<EngineFixture> {
  const lab = await startLab({ seed: 17, edges: 60, hosts: 2, ...options.lab });
  const hosts = Object.keys(lab.urls.vco);
  const scope = isolatedScope('cc');
  const { natsUrl, redisUrl } = sharedServers();
  const common = {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: process.env['BRIDGE_LOG_LEVEL'] ?? 'warn',
  };
  const started: ServiceProcess[] = [];
  const running: RunningCache[] = [];
  try {
    const [velocloud, bruin] = await Promise.all([
      startServiceProcess({
        name: 'velocloud-bridge',
        port: await freePort(),
        env: {
          ...common,
          VELOCLOUD_CREDENTIALS: hosts.map((host) => `${host}+lab-operator+lab-password`).join(';'),
          VELOCLOUD_BASE_URLS: JSON.stringify(lab.urls.vco),
          VELOCLOUD_HTTP_RETRIES: '0',
        },
      }),
      startServiceProcess({
        name: 'bruin-bridge',
        port: await freePort(),
        env: {
          ...common,
          BRUIN_BASE_URL: lab.urls.bruin,
          BRUIN_CLIENT_ID: 'lab-client',
          BRUIN_CLIENT_SECRET: 'lab-secret',
          IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
          BRUIN_RETRIES: '0',
        },
      }),
    ]);
    started.push(velocloud, bruin);
  } catch (error) {
    await Promise.all(started.map((bridge) => bridge.stop()));
    await lab.close();
    throw error;
  }
  const caller = await connectBus({
    servers: natsUrl,
    name: 'customer-cache-test',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  const redis = new Redis(redisUrl);
  const slack: string[] = [];
  const emails: EngineFixture['emails'] = [];
  caller.subscribe(notificationSlackRequest, (payload) => {
    slack.push(
      typeof payload.message === 'string' ? payload.message : JSON.stringify(payload.message),
    );
  });
  caller.subscribe(notificationEmailRequest, (payload) => {
    emails.push(payload.email_data);
  });
  await caller.flush();

  const fixture: EngineFixture = {
    lab,
    scope,
    hosts,
    bridges: started,
    caller,
    redis,
    slack,
    emails,
    async startCache(env = {}) {
      let app: CustomerCacheApp | undefined;
      const service = await runService(
        {
          name: 'customer-cache',
          env: serviceEnv,
          start: (kit) => {
            app = wireCustomerCache(kit);
          },
        },
        {
          env: {
            ...common,
            LOG_LEVEL: process.env['CACHE_LOG_LEVEL'] ?? 'silent',
            HTTP_PORT: String(await freePort()),
            HTTP_HOST: '127.0.0.1',
            VELOCLOUD_HOSTS: JSON.stringify(hosts),
            REFRESH_CHECK_INTERVAL: '3600',
            REFRESH_RETRY_MIN_SECONDS: '0',
            REFRESH_RETRY_MAX_SECONDS: '0',
            DUPLICATE_INVENTORIES_RECIPIENT: 'ops@example.com',
            ...env,
          },
          handleSignals: false,
        },
      );
      const cache: RunningCache = {
        service,
        app: app!,
        async stop() {
          running.splice(running.indexOf(cache), 1);
          await service.stop();
        },
      };
      running.push(cache);
      return cache;
    },
    async fault(spec) {
      const response = await fetch(`${lab.urls.control}/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      });
      if (!response.ok) throw new Error(`fault refused: ${await response.text()}`);
    },
    async clearFaults() {
      await fetch(`${lab.urls.control}/faults`, { method: 'DELETE' });
    },
    async resetCache() {
      const keys = await redis.keys(`${scope}-*`);
      if (keys.length > 0) await redis.del(...keys);
      slack.length = 0;
      emails.length = 0;
    },
    async close() {
      await Promise.all([...running].map((cache) => cache.stop()));
      await caller.drain();
      await redis.quit();
      await Promise.all(started.map((bridge) => bridge.stop()));
      await lab.close();
    },
  };
  return fixture;
}

/** Waits until the refresh job has finished a run (whatever its outcome). */
export async function waitForRefresh(cache: RunningCache, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (cache.app.refresh.job.lastRun === undefined || cache.app.refresh.job.running) {
    if (Date.now() > deadline) throw new Error('the refresh did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
