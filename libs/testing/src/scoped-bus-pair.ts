import { pino, type Logger } from 'pino';
import { Registry } from 'prom-client';
import { captureLogger, type LogLine } from './log-capture.js';
import { isolatedScope, sharedServers } from './scope.js';

/** What each bus of a pair is connected with; messaging's `BusOptions` accepts it as it is. */
export interface ScopedBusOptions {
  servers: string;
  name: string;
  redis: string;
  logger: Logger;
  registry: Registry;
  subjectPrefix: string;
}

export interface ScopedBusPair<B> {
  /** The isolated scope both buses prefix their subjects with. */
  scope: string;
  /** The bus the bridge under test serves on. */
  bridgeBus: B;
  /** A caller on its own connection, as another service would be (silent, a registry of its own). */
  caller: B;
  /** The bridge's logger (every line captured) and registry: the bridge bus's, for the bridge too. */
  logger: Logger;
  registry: Registry;
  logLines: () => LogLine[];
}

/**
 * A bridge's bus and a caller's bus on one isolated scope of the shared NATS and Redis, the
 * setup of every in-process bridge harness. `connect` is messaging's `connectBus`, passed in
 * because libs/testing must not depend on libs/messaging (messaging's own tests use this library).
 */
export async function connectScopedBusPair<B extends { drain(): Promise<void> }>(spec: {
  /** Names the scope and, after `bridge`, the NATS connections (`hawkeye-bridge-<label>`). */
  label: string;
  bridge: string;
  connect: (options: ScopedBusOptions) => Promise<B>;
}): Promise<ScopedBusPair<B>> {
  const scope = isolatedScope(spec.label);
  const { natsUrl, redisUrl } = sharedServers();
  const { logger, lines } = captureLogger();
  const registry = new Registry();
  const bridgeBus = await spec.connect({
    servers: natsUrl,
    name: `${spec.bridge}-${spec.label}`,
    redis: redisUrl,
    logger,
    registry,
    subjectPrefix: scope,
  });
  const caller = await spec
    .connect({
      servers: natsUrl,
      name: `caller-${spec.label}`,
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
      registry: new Registry(),
      subjectPrefix: scope,
    })
    .catch(async (error: unknown) => {
      await bridgeBus.drain();
      throw error;
    });
  return { scope, bridgeBus, caller, logger, registry, logLines: lines };
}
