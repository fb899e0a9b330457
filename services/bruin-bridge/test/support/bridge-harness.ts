import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair, type LogLine } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type BruinBridge, startBruinBridge } from '../../src/app.js';
import { type BruinBridgeSettings, bruinBridgeSettings } from '../../src/config.js';

export interface Harness {
  lab: RunningLab;
  /** The bridge under test, built through `src/app.ts`. */
  bridge: BruinBridge;
  bridgeBus: Bus;
  /** A caller on its own connection, as another service would be. */
  caller: Bus;
  registry: Registry;
  settings: BruinBridgeSettings;
  scope: string;
  logLines: () => LogLine[];
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  lab?: StartLabOptions;
  settings?: Partial<BruinBridgeSettings>;
  /** Start another bridge on the same lab and scope (queue-group tests). */
  replicas?: number;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's Bruin, the bridge. */
export async function startHarness(label: string, options: HarnessOptions = {}): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 20, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { scope, bridgeBus, caller, logger, registry, logLines } = await connectScopedBusPair({
    label,
    bridge: 'bruin-bridge',
    connect: connectBus,
  });
  const settings: BruinBridgeSettings = {
    ...bruinBridgeSettings({
      BRUIN_BASE_URL: lab.urls.bruin,
      BRUIN_CLIENT_ID: 'lab-client',
      BRUIN_CLIENT_SECRET: 'lab-secret',
      IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
      BRUIN_TIMEOUT_MS: 5_000,
      BRUIN_RETRIES: 2,
      BRUIN_RETRY_BASE_DELAY_MS: 5,
      BRUIN_CONCURRENCY: 32,
    }),
    ...options.settings,
  };
  const bridge = startBruinBridge({ bus: bridgeBus, logger, registry, settings });
  await bridgeBus.flush();
  const control = labControlClient(lab.urls.control);
  return {
    lab,
    bridge,
    bridgeBus,
    caller,
    registry,
    settings,
    scope,
    logLines,
    control,
    close: async () => {
      await caller.drain();
      await bridgeBus.drain();
      await lab.close();
    },
  };
}
