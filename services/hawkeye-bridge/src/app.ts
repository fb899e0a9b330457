import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  type HawkeyeBridgeConfig,
  type HawkeyeBridgeSettings,
  hawkeyeBridgeSettings,
} from './config.js';
import { hawkeyeHandlers } from './handlers/hawkeye-handlers.js';
import { createHawkeyeHttp } from './hawkeye-client/create-hawkeye-http.js';
import { HawkeyeClient } from './hawkeye-client/hawkeye-client.js';

/** The original's queue group: replicas share the requests. */
export const HAWKEYE_BRIDGE_QUEUE = 'hawkeye_bridge';

export interface HawkeyeBridgeDeps {
  bus: Bus;
  logger: Logger;
  registry: Registry;
  settings: HawkeyeBridgeSettings;
}

export interface HawkeyeBridge {
  readonly served: readonly Served[];
  stop(): Promise<void>;
}

/** Builds the Hawkeye client and serves every subject in the `hawkeye_bridge` queue group. */
export function startHawkeyeBridge(deps: HawkeyeBridgeDeps): HawkeyeBridge {
  const { bus, settings } = deps;
  const logger = deps.logger.child({ component: 'hawkeye-bridge' });
  const hawkeye = new HawkeyeClient(
    createHawkeyeHttp({ settings, logger, registry: deps.registry }),
  );
  const served = hawkeyeHandlers.map((handler) =>
    handler.serve(
      bus,
      { hawkeye, detailConcurrency: settings.detailConcurrency },
      { queue: HAWKEYE_BRIDGE_QUEUE, concurrency: settings.concurrency },
    ),
  );
  logger.info({ subjects: served.length, baseUrl: settings.baseUrl }, 'hawkeye bridge serving');
  return {
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
    },
  };
}

/** `runService`'s `start`: the bridge on the kit's bus, logger and registry. */
export function wireHawkeyeBridge(kit: ServiceKit<HawkeyeBridgeConfig>): void {
  startHawkeyeBridge({
    bus: kit.bus,
    logger: kit.logger,
    registry: kit.registry,
    settings: hawkeyeBridgeSettings(kit.config),
  });
}
