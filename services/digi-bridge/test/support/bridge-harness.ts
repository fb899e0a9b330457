import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair, type LogLine } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type DigiBridge, startDigiBridge } from '../../src/app.js';
import { type DigiBridgeSettings, digiBridgeSettings } from '../../src/config.js';

export interface Harness {
  lab: RunningLab;
  bridge: DigiBridge;
  bridgeBus: Bus;
  /** A caller on its own connection, as another service would be. */
  caller: Bus;
  registry: Registry;
  logLines: () => LogLine[];
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  lab?: StartLabOptions;
  settings?: Partial<DigiBridgeSettings>;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's DiGi, the bridge. */
export async function startHarness(label: string, options: HarnessOptions = {}): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 40, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { bridgeBus, caller, logger, registry, logLines } = await connectScopedBusPair({
    label,
    bridge: 'digi-bridge',
    connect: connectBus,
  });
  const digiUrl = lab.urls.digi;
  if (digiUrl === undefined) throw new Error('the lab serves no DiGi');
  const settings: DigiBridgeSettings = {
    ...digiBridgeSettings({
      DIGI_BASE_URL: digiUrl,
      DIGI_CLIENT_ID: 'lab-digi',
      DIGI_CLIENT_SECRET: 'lab-secret',
      DIGI_TIMEOUT_MS: 300,
      DIGI_RETRIES: 2,
      DIGI_RETRY_BASE_DELAY_MS: 5,
      DIGI_CONCURRENCY: 8,
    }),
    ...options.settings,
  };
  const bridge = startDigiBridge({ bus: bridgeBus, logger, registry, settings });
  await bridgeBus.flush();
  const control = labControlClient(lab.urls.control);
  return {
    lab,
    bridge,
    bridgeBus,
    caller,
    registry,
    logLines,
    control,
    close: async () => {
      await caller.drain();
      await bridge.stop();
      await bridgeBus.drain();
      await lab.close();
    },
  };
}

export interface DigiFault {
  path: string;
  method?: string;
  action: { kind: string; status?: number; body?: unknown };
  times?: number;
}

export async function givenDigiFault(h: Harness, fault: DigiFault): Promise<void> {
  await h.control('POST', '/faults', { simulator: 'digi', ...fault });
}
