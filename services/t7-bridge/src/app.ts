import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import type { Logger } from 'pino';
import { type T7BridgeConfig, type T7BridgeSettings, t7BridgeSettings } from './config.js';
import { t7Handlers } from './handlers/t7-handlers.js';
import { T7Client } from './t7-client/t7-client.js';

/** The original's queue group: replicas share the requests. */
export const T7_BRIDGE_QUEUE = 't7_bridge';

export interface T7BridgeDeps {
  bus: Bus;
  logger: Logger;
  settings: T7BridgeSettings;
}

export interface T7Bridge {
  readonly served: readonly Served[];
  /** Stops serving and closes the gRPC channel. */
  stop(): Promise<void>;
}

/** Builds the T7 gRPC client and serves every subject in the `t7_bridge` queue group. */
export function startT7Bridge(deps: T7BridgeDeps): T7Bridge {
  const { bus, settings } = deps;
  const logger = deps.logger.child({ component: 't7-bridge' });
  const t7 = new T7Client(settings);
  const served = t7Handlers.map((handler) =>
    handler.serve(bus, { t7 }, { queue: T7_BRIDGE_QUEUE, concurrency: settings.concurrency }),
  );
  logger.info(
    { subjects: served.length, address: settings.address, tls: settings.tls },
    't7 bridge serving',
  );
  return {
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
      t7.close();
    },
  };
}

/** `runService`'s `start`: the bridge on the kit's bus and logger; the channel closed on stop. */
export function wireT7Bridge(kit: ServiceKit<T7BridgeConfig>): void {
  const bridge = startT7Bridge({
    bus: kit.bus,
    logger: kit.logger,
    settings: t7BridgeSettings(kit.config),
  });
  kit.onShutdown(() => bridge.stop());
}
