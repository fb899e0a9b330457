import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { registerBruinApiUsage } from './bruin-client/bruin-api-usage.js';
import { BruinClient } from './bruin-client/bruin-client.js';
import { createBruinHttp } from './bruin-client/create-bruin-http.js';
import { type BruinBridgeConfig, type BruinBridgeSettings, bruinBridgeSettings } from './config.js';
import { bruinHandlers } from './handlers/bruin-handlers.js';

/** The original's queue group: replicas share every subject's requests. */
export const BRUIN_BRIDGE_QUEUE = 'bruin_bridge';

export interface BruinBridgeDeps {
  bus: Bus;
  logger: Logger;
  registry: Registry;
  settings: BruinBridgeSettings;
}

export interface BruinBridge {
  readonly bruin: BruinClient;
  readonly served: readonly Served[];
  /** Stops serving; requests in hand are answered first. */
  stop(): Promise<void>;
}

/**
 * Builds the Bruin client and serves every subject on `bus` in the `bruin_bridge` queue group.
 * Used by `main.ts` through the service kit, and by the integration tests directly.
 */
export function startBruinBridge(deps: BruinBridgeDeps): BruinBridge {
  const { bus, settings } = deps;
  const logger = deps.logger.child({ component: 'bruin-bridge' });
  registerBruinApiUsage(deps.registry);
  const bruin = new BruinClient(createBruinHttp({ settings, logger, registry: deps.registry }));
  const served = bruinHandlers.map((handler) =>
    handler.serve(
      bus,
      { bruin, settings },
      {
        queue: BRUIN_BRIDGE_QUEUE,
        concurrency: settings.concurrency,
      },
    ),
  );
  logger.info(
    { subjects: served.length, baseUrl: settings.baseUrl, queue: BRUIN_BRIDGE_QUEUE },
    'bruin bridge serving',
  );
  return {
    bruin,
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
    },
  };
}

/** `runService`'s `start`: the bridge on the kit's bus, logger and registry. */
export function wireBruinBridge(kit: ServiceKit<BruinBridgeConfig>): void {
  startBruinBridge({
    bus: kit.bus,
    logger: kit.logger,
    registry: kit.registry,
    settings: bruinBridgeSettings(kit.config),
  });
}
