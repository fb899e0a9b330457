import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { type DigiBridgeConfig, type DigiBridgeSettings, digiBridgeSettings } from './config.js';
import { createDigiHttp } from './digi-client/create-digi-http.js';
import { DigiClient } from './digi-client/digi-client.js';
import { digiHandlers } from './handlers/digi-handlers.js';

/** The original's queue group: replicas share every subject's requests. */
export const DIGI_BRIDGE_QUEUE = 'digi_bridge';

export interface DigiBridgeDeps {
  bus: Bus;
  logger: Logger;
  registry: Registry;
  settings: DigiBridgeSettings;
}

export interface DigiBridge {
  readonly digi: DigiClient;
  readonly served: readonly Served[];
  /** Stops serving; requests in hand are answered first. */
  stop(): Promise<void>;
}

/**
 * Builds the DiGi client and serves every subject on `bus` in the `digi_bridge` queue group.
 * Used by `main.ts` through the service kit, and by the integration tests directly.
 */
export function startDigiBridge(deps: DigiBridgeDeps): DigiBridge {
  const { bus, settings } = deps;
  const logger = deps.logger.child({ component: 'digi-bridge' });
  const digi = new DigiClient(createDigiHttp({ settings, logger, registry: deps.registry }));
  const served = digiHandlers.map((handler) =>
    handler.serve(bus, { digi }, { queue: DIGI_BRIDGE_QUEUE, concurrency: settings.concurrency }),
  );
  logger.info(
    { subjects: served.map((s) => s.subject), baseUrl: settings.baseUrl, queue: DIGI_BRIDGE_QUEUE },
    'digi bridge serving',
  );
  return {
    digi,
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
    },
  };
}

/** `runService`'s `start`: the bridge on the kit's bus, logger and registry. */
export function wireDigiBridge(kit: ServiceKit<DigiBridgeConfig>): void {
  startDigiBridge({
    bus: kit.bus,
    logger: kit.logger,
    registry: kit.registry,
    settings: digiBridgeSettings(kit.config),
  });
}
