import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type HawkeyeBridge, startHawkeyeBridge } from '../../src/app.js';
import { type HawkeyeBridgeSettings, hawkeyeBridgeSettings } from '../../src/config.js';

export interface Harness {
  lab: RunningLab;
  bridge: HawkeyeBridge;
  caller: Bus;
  registry: Registry;
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's Hawkeye, the bridge. */
export async function startHarness(
  label: string,
  options: { lab?: StartLabOptions; settings?: Partial<HawkeyeBridgeSettings> } = {},
): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 40, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { bridgeBus, caller, logger, registry } = await connectScopedBusPair({
    label,
    bridge: 'hawkeye-bridge',
    connect: connectBus,
  });
  const settings: HawkeyeBridgeSettings = {
    ...hawkeyeBridgeSettings({
      HAWKEYE_BASE_URL: lab.urls.hawkeye ?? '',
      HAWKEYE_USERNAME: 'lab-hawkeye',
      HAWKEYE_PASSWORD: 'lab-password',
      HAWKEYE_TIMEOUT_MS: 2_000,
      HAWKEYE_RETRIES: 2,
      HAWKEYE_RETRY_BASE_DELAY_MS: 5,
      HAWKEYE_DETAIL_CONCURRENCY: 8,
      HAWKEYE_CONCURRENCY: 8,
    }),
    ...options.settings,
  };
  const bridge = startHawkeyeBridge({ bus: bridgeBus, logger, registry, settings });
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

/** Given the lab's Hawkeye answers with a fault on the next `times` matching calls. */
export function givenHawkeyeFault(
  h: Harness,
  fault: {
    path: string;
    query?: Record<string, string>;
    action: Record<string, unknown>;
    times?: number;
  },
): Promise<unknown> {
  return h.control('POST', '/faults', { simulator: 'hawkeye', ...fault });
}
