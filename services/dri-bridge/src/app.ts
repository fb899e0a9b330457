import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { type DriBridgeConfig, type DriBridgeSettings, driBridgeSettings } from './config.js';
import { createDriHttp } from './dri-client/create-dri-http.js';
import { DriClient } from './dri-client/dri-client.js';
import { driHandlers } from './handlers/dri-handlers.js';
import { TaskIdCache } from './task-flow/task-id-cache.js';

/** The original's queue group: replicas share the requests. */
export const DRI_BRIDGE_QUEUE = 'dri_bridge';

export interface DriBridgeDeps {
  bus: Bus;
  logger: Logger;
  registry: Registry;
  settings: DriBridgeSettings;
}

export interface DriBridge {
  /** The task id remembered per serial. */
  readonly taskIds: TaskIdCache;
  readonly served: readonly Served[];
  stop(): Promise<void>;
}

/** Builds the DRI client and serves every subject in the `dri_bridge` queue group. */
export function startDriBridge(deps: DriBridgeDeps): DriBridge {
  const { bus, settings } = deps;
  const logger = deps.logger.child({ component: 'dri-bridge' });
  const dri = new DriClient(createDriHttp({ settings, logger, registry: deps.registry }));
  const taskIds = new TaskIdCache({ ttlMs: settings.taskIdTtlMs });
  const handlerDeps = {
    dri,
    taskIds,
    pollIntervalMs: settings.pollIntervalMs,
    maxWaitMs: settings.maxWaitMs,
    now: Date.now,
    sleep: (ms: number) => delay(ms),
  };
  const served = driHandlers.map((handler) =>
    handler.serve(bus, handlerDeps, {
      queue: DRI_BRIDGE_QUEUE,
      concurrency: settings.concurrency,
    }),
  );
  logger.info({ subjects: served.length, baseUrl: settings.baseUrl }, 'dri bridge serving');
  return {
    taskIds,
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
    },
  };
}

/** `runService`'s `start`: the bridge on the kit's bus, logger and registry. */
export function wireDriBridge(kit: ServiceKit<DriBridgeConfig>): void {
  startDriBridge({
    bus: kit.bus,
    logger: kit.logger,
    registry: kit.registry,
    settings: driBridgeSettings(kit.config),
  });
}
