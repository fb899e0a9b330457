import { Redis } from 'ioredis';
import type { z } from 'zod';
import {
  BridgeCaller,
  BridgeFailureReporter,
  Notifier,
  TicketForwardStore,
} from '@automation-engine/monitoring';
import type { ScheduledJob } from '@automation-engine/scheduling';
import type { ServiceKit, serviceEnvSchema } from '@automation-engine/service-kit';
import type { serviceEnv } from './config.js';
import type { DispatchDeps } from './dispatch/dispatch-due-tasks.js';
import { startDispatchJob } from './dispatch/dispatch-job.js';
import { dispatcherMetrics } from './dispatcher-metrics.js';

export const SERVICE_NAME = 'task-dispatcher';

type KitConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

export interface TaskDispatcherApp {
  store: TicketForwardStore;
  job: ScheduledJob;
  deps: DispatchDeps;
}

/**
 * Wires the task-dispatcher onto the kit: the forwards Redis (shared with the monitors), bridge
 * calls that report their failures to Slack, and the dispatch job on its schedule.
 */
export function wireTaskDispatcher(
  kit: ServiceKit<KitConfig>,
  options: { now?: () => Date } = {},
): TaskDispatcherApp {
  const { config, logger, registry, bus } = kit;
  const redis = new Redis(config.REDIS_TASK_DISPATCHER_URL ?? config.REDIS_URL, {
    maxRetriesPerRequest: 3,
  });
  redis.on('error', (error: Error) => {
    logger.warn({ err: error }, 'task-dispatcher Redis error');
  });
  kit.addReadinessCheck({ name: 'forwards-redis', check: () => redis.status === 'ready' });

  const environment = config.ENVIRONMENT_NAME;
  const notifier = new Notifier({ bus, logger });
  const reporter = new BridgeFailureReporter({ logger, notifier, environment });
  const store = new TicketForwardStore({ redis, environment });
  const deps: DispatchDeps = {
    store,
    bridges: new BridgeCaller({ bus, reporter }),
    bus,
    notifier,
    metrics: dispatcherMetrics(registry),
    now: options.now ?? (() => new Date()),
    settings: {
      ttlSeconds: config.DISPATCH_TTL_SECONDS,
      concurrency: config.DISPATCH_CONCURRENCY,
    },
  };
  const job = startDispatchJob({
    deps,
    everySeconds: config.DISPATCH_INTERVAL_SECONDS,
    logger,
    registry,
  });
  kit.onShutdown(async () => {
    await job.stop();
    await redis.quit().catch(() => {
      redis.disconnect();
    });
  });
  return { store, job, deps };
}
