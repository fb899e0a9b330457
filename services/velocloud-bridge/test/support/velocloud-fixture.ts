import { pino } from 'pino';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { runService, type RunningService } from '@automation-engine/service-kit';
import { startLab, type RunningLab, type StartLabOptions } from '@automation-engine/simulators';
import { freePort, isolatedScope, sharedServers } from '@automation-engine/testing';
import { wireVelocloudBridge } from '../../src/app.js';
import { serviceEnv } from '../../src/config.js';

export const LAB_USER = 'lab-operator';
export const LAB_PASSWORD = 'lab-password';

export interface VelocloudFixture {
  lab: RunningLab;
  bridge: RunningService<unknown>;
  /** A caller on the same subject prefix as the bridge. */
  caller: Bus;
  hosts: string[];
  /** POSTs a fault to the lab's control API. */
  fault(spec: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  lab?: StartLabOptions;
  /** Credentials blocks; default every lab host with the lab's operator login. */
  credentials?: string;
  /** Base URLs added to the lab's (a host on a closed port…). */
  baseUrls?: Record<string, string>;
  /** Extra bridge variables (they win over the defaults). */
  env?: Record<string, string>;
}

/** The lab, the bridge built through its app.ts wiring, and a caller, on one isolated scope. */
export async function startVelocloudFixture(
  options: FixtureOptions = {},
): Promise<VelocloudFixture> {
  const lab = await startLab({ seed: 11, edges: 40, hosts: 2, ...options.lab });
  const hosts = Object.keys(lab.urls.vco);
  const scope = isolatedScope('vco');
  const { natsUrl, redisUrl } = sharedServers();
  const credentials =
    options.credentials ?? hosts.map((host) => `${host}+${LAB_USER}+${LAB_PASSWORD}`).join(';');
  const bridge = await runService(
    { name: 'velocloud-bridge', env: serviceEnv, start: (kit) => void wireVelocloudBridge(kit) },
    {
      env: {
        NATS_URL: natsUrl,
        REDIS_URL: redisUrl,
        NATS_SUBJECT_PREFIX: scope,
        HTTP_PORT: String(await freePort()),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        VELOCLOUD_CREDENTIALS: credentials,
        VELOCLOUD_BASE_URLS: JSON.stringify({ ...lab.urls.vco, ...options.baseUrls }),
        VELOCLOUD_HTTP_RETRIES: '1',
        VELOCLOUD_TIMEOUT_SECONDS: '5',
        ...options.env,
      },
      handleSignals: false,
    },
  );
  const caller = await connectBus({
    servers: natsUrl,
    name: 'velocloud-caller',
    redis: redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  return {
    lab,
    bridge,
    caller,
    hosts,
    async fault(spec) {
      const response = await fetch(`${lab.urls.control}/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec),
      });
      if (!response.ok) throw new Error(`fault refused: ${await response.text()}`);
    },
    async close() {
      await caller.drain();
      await bridge.stop();
      await lab.close();
    },
  };
}
