import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type T7Bridge, startT7Bridge } from '../../src/app.js';
import { type T7BridgeSettings, t7BridgeSettings } from '../../src/config.js';

export interface Harness {
  lab: RunningLab;
  bridge: T7Bridge;
  caller: Bus;
  registry: Registry;
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's T7, the bridge. */
export async function startHarness(
  label: string,
  options: { lab?: StartLabOptions; settings?: Partial<T7BridgeSettings> } = {},
): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 10, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { bridgeBus, caller, logger, registry } = await connectScopedBusPair({
    label,
    bridge: 't7-bridge',
    connect: connectBus,
  });
  const settings: T7BridgeSettings = {
    ...t7BridgeSettings({
      KRE_BASE_URL: lab.urls.t7 ?? '',
      KRE_TLS: false,
      KRE_DEADLINE_MS: 2_000,
      KRE_RETRIES: 2,
      KRE_RETRY_BASE_DELAY_MS: 5,
      T7_CONCURRENCY: 8,
    }),
    ...options.settings,
  };
  const bridge = startT7Bridge({ bus: bridgeBus, logger, settings });
  await bridgeBus.flush();
  const control = labControlClient(lab.urls.control);
  return {
    lab,
    bridge,
    caller,
    registry,
    control,
    close: async () => {
      await bridge.stop();
      await caller.drain();
      await bridgeBus.drain();
      await lab.close();
    },
  };
}

/** Given the lab's T7 answers with a fault on the next `times` matching calls. */
export function givenT7Fault(
  h: Harness,
  fault: { path: string; action: Record<string, unknown>; times?: number },
): Promise<unknown> {
  return h.control('POST', '/faults', { simulator: 't7', ...fault });
}
