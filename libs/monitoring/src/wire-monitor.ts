import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Bus } from '@automation-engine/messaging';
import { counter, type ReadinessCheck } from '@automation-engine/observability';
import type { Registry } from 'prom-client';
import { BridgeCaller } from './bridge/bridge-caller.js';
import { BridgeFailureReporter } from './bridge/bridge-failure-reporter.js';
import { Notifier } from './bridge/notifier.js';
import { DecisionLog } from './decisions/decision-log.js';
import { writeModeOf } from './decisions/write-mode.js';
import { TicketForwardStore } from './forwards/ticket-forward-store.js';

/** The part of the service kit a monitor's base needs. */
export interface MonitorKitLike {
  readonly config: {
    readonly ENVIRONMENT_NAME: string;
    readonly CURRENT_ENVIRONMENT: string;
    readonly REDIS_URL: string;
    readonly REDIS_TASK_DISPATCHER_URL?: string | undefined;
    readonly DRY_RUN: boolean;
    readonly BRUIN_WRITES?: 'live' | 'would-have' | undefined;
  };
  readonly logger: Logger;
  readonly registry: Registry;
  readonly bus: Bus;
  addReadinessCheck: (check: ReadinessCheck) => void;
  onShutdown: (hook: () => Promise<void> | void) => void;
}

/** What every monitor is built on. */
export interface MonitorBase {
  notifier: Notifier;
  bridges: BridgeCaller;
  decisions: DecisionLog;
  forwards: TicketForwardStore;
  redis: Redis;
}

/**
 * Wires the shared parts of a monitor onto the kit: Slack/e-mail, bridge calls that report their
 * failures, the decision log in the configured write mode, and the deferred-forward store in
 * Redis (ready when that Redis is; closed on shutdown).
 */
export function wireMonitorBase(
  kit: MonitorKitLike,
  options: { slackPrefix?: string } = {},
): MonitorBase {
  const { config, logger, bus } = kit;
  const notifier = new Notifier({
    bus,
    logger,
    ...(options.slackPrefix === undefined ? {} : { slackPrefix: options.slackPrefix }),
  });
  const reporter = new BridgeFailureReporter({
    logger,
    notifier,
    environment: config.ENVIRONMENT_NAME,
  });
  const redis = new Redis(config.REDIS_TASK_DISPATCHER_URL ?? config.REDIS_URL, {
    maxRetriesPerRequest: 3,
  });
  redis.on('error', (error: Error) => {
    logger.warn({ err: error }, 'task-dispatcher Redis error');
  });
  kit.addReadinessCheck({ name: 'forwards-redis', check: () => redis.status === 'ready' });
  kit.onShutdown(async () => {
    await redis.quit().catch(() => {
      redis.disconnect();
    });
  });
  const mode = writeModeOf(config);
  logger.info({ mode }, `Bruin write mode: ${mode}`);
  return {
    notifier,
    bridges: new BridgeCaller({ bus, reporter }),
    decisions: new DecisionLog({
      logger,
      mode,
      counter: counter(kit.registry, {
        name: 'monitor_decisions_total',
        help: 'Decisions a monitor took (create, note, forward, resolve, skip…), by outcome',
        labelNames: ['action', 'outcome'],
      }),
    }),
    forwards: new TicketForwardStore({ redis, environment: config.ENVIRONMENT_NAME }),
    redis,
  };
}
