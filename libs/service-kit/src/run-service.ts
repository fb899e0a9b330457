import type { z } from 'zod';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { type DeepReadonly, loadConfig, type LoadConfigOptions } from '@automation-engine/config';
import { type Bus, connectBus } from '@automation-engine/messaging';
import {
  closeLogger,
  createHttpServer,
  createLogger,
  createMetricsRegistry,
  type HttpApp,
  papertrailFromConfig,
  type PapertrailEnv,
  type ReadinessCheck,
} from '@automation-engine/observability';
import { type BaseServiceConfig, natsCredentials, serviceEnvSchema } from './service-env.js';
import { installSignalHandlers } from './install-signal-handlers.js';

export interface ServiceKit<Config> {
  readonly name: string;
  readonly config: DeepReadonly<Config>;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly bus: Bus;
  /** The service's fastify app (already serving /healthz, /readyz, /metrics): add routes here. */
  readonly http: HttpApp;
  /** Adds a check behind /readyz (a vendor login, a cache loaded...). */
  addReadinessCheck: (check: ReadinessCheck) => void;
  /** Runs on shutdown, in reverse order of registration, before the bus drains. */
  onShutdown: (hook: () => Promise<void> | void) => void;
}

export interface ServiceDefinition<Own extends z.ZodRawShape> {
  /** The service's name: log `service` field, NATS client name, metrics label. */
  name: string;
  version?: string;
  /** The service's own variables (zod over strings; the helpers of @automation-engine/config). */
  env: Own;
  /** Wires the service: serve subjects, schedule jobs, add routes. */
  start: (
    kit: ServiceKit<z.output<ReturnType<typeof serviceEnvSchema<Own>>>>,
  ) => Promise<void> | void;
}

export interface RunOptions extends LoadConfigOptions {
  /** Install SIGTERM/SIGINT handlers that stop and exit (default true; tests pass false). */
  handleSignals?: boolean;
}

export interface RunningService<Config> {
  readonly kit: ServiceKit<Config>;
  /** The HTTP address, e.g. http://127.0.0.1:5000. */
  readonly address: string;
  /** Graceful stop: not ready → shutdown hooks → bus drain → HTTP close → logs flushed. */
  stop(): Promise<void>;
}

/**
 * Starts a service the way every service here starts: configuration parsed (all problems at once,
 * exit 1), logger, metrics, the HTTP probe server, the bus, then the service's own wiring. SIGTERM
 * or SIGINT drains and exits 0; a second signal or a shutdown past the timeout exits 1.
 */
export async function runService<Own extends z.ZodRawShape>(
  definition: ServiceDefinition<Own>,
  options: RunOptions = {},
): Promise<RunningService<z.output<ReturnType<typeof serviceEnvSchema<Own>>>>> {
  type Config = z.output<ReturnType<typeof serviceEnvSchema<Own>>>;
  const config: DeepReadonly<Config> = loadConfig(serviceEnvSchema(definition.env), options);
  // Every service config contains the base and Papertrail variables; read them through that view.
  const base = config as unknown as BaseServiceConfig & PapertrailEnv;
  const version = definition.version ?? process.env['npm_package_version'] ?? '0.0.0';
  const papertrail = papertrailFromConfig(base);
  const logger = createLogger({
    service: definition.name,
    environment: base.ENVIRONMENT_NAME,
    version,
    level: base.LOG_LEVEL,
    ...(papertrail === undefined ? {} : { papertrail }),
  });
  const registry = createMetricsRegistry({
    service: definition.name,
    environment: base.ENVIRONMENT_NAME,
  });

  let started = false;
  let stopping = false;
  const checks: ReadinessCheck[] = [{ name: 'started', check: () => started && !stopping }];
  const http = createHttpServer({
    logger,
    registry,
    readiness: checks,
    port: base.HTTP_PORT,
    host: base.HTTP_HOST,
  });
  const shutdownHooks: (() => Promise<void> | void)[] = [];

  const address = await http.listen();
  logger.info({ address, current_environment: base.CURRENT_ENVIRONMENT }, 'http server listening');

  const credentials = natsCredentials(base);
  const bus = await connectBus({
    servers: base.NATS_URL,
    name: definition.name,
    redis: base.REDIS_URL,
    logger,
    registry,
    claimCheckTtlSeconds: base.CLAIM_CHECK_TTL_SECONDS,
    subjectPrefix: base.NATS_SUBJECT_PREFIX ?? '',
    ...(credentials === undefined ? {} : { credentials }),
    ...(base.NATS_MAX_PAYLOAD_BYTES === undefined
      ? {}
      : { maxPayloadBytes: base.NATS_MAX_PAYLOAD_BYTES }),
  });
  checks.push({ name: 'bus', check: () => bus.ready() });

  const kit: ServiceKit<Config> = {
    name: definition.name,
    config,
    logger,
    registry,
    bus,
    http: http.app,
    addReadinessCheck: (check) => checks.push(check),
    onShutdown: (hook) => shutdownHooks.push(hook),
  };

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      logger.info('stopping');
      for (const hook of shutdownHooks.reverse()) {
        try {
          await hook();
        } catch (error) {
          logger.error({ err: error }, 'shutdown hook failed');
        }
      }
      await bus.drain();
      await http.close();
      logger.info('stopped');
      await closeLogger(logger);
    })();
    return stopped;
  };

  if (options.handleSignals ?? true) {
    installSignalHandlers({ stop, logger, timeoutSeconds: base.SHUTDOWN_TIMEOUT_SECONDS });
  }

  try {
    await definition.start(kit);
    await bus.flush();
  } catch (error) {
    logger.fatal({ err: error }, 'service failed to start');
    await stop();
    throw error;
  }
  started = true;
  logger.info({ version }, 'service started');
  return { kit, address, stop };
}
