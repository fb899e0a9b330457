import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type DriBridge, startDriBridge } from '../../src/app.js';
import { type DriBridgeSettings, driBridgeSettings } from '../../src/config.js';

export interface Harness {
  lab: RunningLab;
  bridge: DriBridge;
  caller: Bus;
  registry: Registry;
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  /** A PIAB serial of the lab's fleet. */
  serial: (index?: number) => string;
  close: () => Promise<void>;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's DRI, the bridge. */
export async function startHarness(
  label: string,
  options: { lab?: StartLabOptions; settings?: Partial<DriBridgeSettings> } = {},
): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 40, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { bridgeBus, caller, logger, registry } = await connectScopedBusPair({
    label,
    bridge: 'dri-bridge',
    connect: connectBus,
  });
  const settings: DriBridgeSettings = {
    ...driBridgeSettings({
      DRI_BASE_URL: lab.urls.dri ?? '',
      DRI_USERNAME: 'lab-dri@mettel.example',
      DRI_PASSWORD: 'lab-password',
      DRI_DATA_TTL_SECONDS: 300,
      DRI_POLL_INTERVAL_MS: 10,
      DRI_MAX_WAIT_MS: 500,
      DRI_TIMEOUT_MS: 2_000,
      DRI_RETRIES: 2,
      DRI_RETRY_BASE_DELAY_MS: 5,
      DRI_CONCURRENCY: 8,
    }),
    ...options.settings,
  };
  const bridge = startDriBridge({ bus: bridgeBus, logger, registry, settings });
  await bridgeBus.flush();
  const control = labControlClient(lab.urls.control);
  const serials = [...lab.fleet.index.piabBySerial.keys()];
  return {
    lab,
    bridge,
    caller,
    registry,
    control,
    serial: (index = 0) => {
      const serial = serials[index];
      if (serial === undefined) throw new Error(`the lab has no PIAB device #${String(index)}`);
      return serial;
    },
    close: async () => {
      await bridge.stop();
      await caller.drain();
      await bridgeBus.drain();
      await lab.close();
    },
  };
}

/** Given the lab's DRI answers with a fault on the next `times` matching calls. */
export function givenDriFault(
  h: Harness,
  fault: { path: string; action: Record<string, unknown>; times?: number },
): Promise<unknown> {
  return h.control('POST', '/faults', { simulator: 'dri', ...fault });
}
