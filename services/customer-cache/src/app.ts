import { Redis } from 'ioredis';
import type { z } from 'zod';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { BridgeFailureReporter, Notifier } from '@automation-engine/monitoring';
import type { ServiceKit, serviceEnvSchema } from '@automation-engine/service-kit';
import type { serviceEnv } from './config.js';
import { startRefreshJob, type RefreshJob } from './cycle/refresh-job.js';
import type { RefreshDeps } from './cycle/refresh-cache.js';
import { getCustomers } from './handlers/get-customers.js';
import { refreshMetrics } from './refresh-metrics.js';
import { BruinRepository } from './repositories/bruin-repository.js';
import { CacheStore } from './repositories/cache-store.js';
import { VelocloudRepository } from './repositories/velocloud-repository.js';

/** The original's queue group. */
export const QUEUE = 'customer_cache';
export const SERVICE_NAME = 'customer-cache';

type KitConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

export interface CustomerCacheApp {
  store: CacheStore;
  refresh: RefreshJob;
  deps: RefreshDeps;
}

/**
 * Wires customer-cache onto the kit: the cache Redis, the repositories on the bus, the refresh
 * job on its schedule and the `customer.cache.get` handler.
 */
export function wireCustomerCache(kit: ServiceKit<KitConfig>): CustomerCacheApp {
  const { config, logger, registry, bus } = kit;
  const redis = new Redis(config.REDIS_CUSTOMER_CACHE_URL ?? config.REDIS_URL, {
    maxRetriesPerRequest: 3,
  });
  redis.on('error', (error: Error) => {
    logger.warn({ err: error }, 'cache Redis error');
  });
  kit.addReadinessCheck({ name: 'cache-redis', check: () => redis.status === 'ready' });

  const environment = config.ENVIRONMENT_NAME;
  const store = new CacheStore({ redis, environment });
  const notifications = new Notifier({ bus, logger, slackPrefix: `[${SERVICE_NAME}] ` });
  const reporter = new BridgeFailureReporter({ logger, notifier: notifications, environment });
  const deps: RefreshDeps = {
    velocloud: new VelocloudRepository({ bus, reporter }),
    bruin: new BruinRepository({ bus, reporter }),
    notifications,
    store,
    metrics: refreshMetrics(registry),
    now: () => new Date(),
    settings: {
      environment,
      hosts: config.VELOCLOUD_HOSTS,
      blacklist: config.BLACKLISTED_EDGES,
      velocloudConcurrency: config.VELOCLOUD_CONCURRENCY,
      concurrency: config.BRUIN_CONCURRENCY,
      rules: {
        whitelisted: config.WHITELISTED_MANAGEMENT_STATUSES,
        pendingBlacklistedClients: config.BLACKLISTED_CLIENTS_WITH_PENDING_STATUS,
      },
      fallbackZone: config.TIMEZONE,
      intervalSeconds: config.REFRESH_JOB_INTERVAL,
      lockTtlSeconds: config.REFRESH_LOCK_TTL_SECONDS,
      recipient: config.DUPLICATE_INVENTORIES_RECIPIENT,
    },
  };

  bus.serve(customerCacheGet, getCustomers({ store, configuredHosts: config.VELOCLOUD_HOSTS }), {
    queue: QUEUE,
  });
  const refresh = startRefreshJob({
    deps,
    notifications,
    logger,
    registry,
    checkEverySeconds: config.REFRESH_CHECK_INTERVAL,
    retry: {
      minSeconds: config.REFRESH_RETRY_MIN_SECONDS,
      maxSeconds: Math.max(config.REFRESH_RETRY_MIN_SECONDS, config.REFRESH_RETRY_MAX_SECONDS),
    },
  });
  kit.onShutdown(async () => {
    await refresh.stop();
    await redis.quit().catch(() => {
      redis.disconnect();
    });
  });
  return { store, refresh, deps };
}
