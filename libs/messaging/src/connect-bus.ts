import { connect, type NatsConnection, type Status } from '@nats-io/transport-node';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { Bus } from './bus.js';
import { type BusMetrics, createBusMetrics } from './bus-metrics.js';
import { ClaimCheck, DEFAULT_CLAIM_CHECK_TTL_SECONDS } from './claim-check.js';
import {
  credentialOptions,
  DEFAULT_RECONNECT_BACKOFF,
  type NatsCredentials,
  reconnectBackoff,
  type ReconnectBackoff,
  serverList,
} from './nats-connection-options.js';

export interface BusOptions {
  /** NATS server URLs: a list or a comma-separated string. */
  servers: string | readonly string[];
  /** The client name the NATS server shows (the service name). */
  name: string;
  credentials?: NatsCredentials;
  /** The claim-check store: an ioredis client, or a redis:// URL for the bus to own. */
  redis: Redis | string;
  logger: Logger;
  registry?: Registry;
  /** Claim-check payloads above this many bytes instead of the server's max_payload. */
  maxPayloadBytes?: number;
  /** Seconds a claim-checked payload is kept (default 300, as the original). */
  claimCheckTtlSeconds?: number;
  /**
   * Prefixes every subject (`<prefix>.<subject>`); for tests sharing one server. Production
   * leaves it empty so subjects match the original's.
   */
  subjectPrefix?: string;
  reconnect?: ReconnectBackoff;
  /** Wait for a first connection forever (true, the default) or fail at once (false). */
  waitOnFirstConnect?: boolean;
}

const LOGGED_STATUS: Partial<Record<Status['type'], 'info' | 'warn' | 'error' | 'debug'>> = {
  disconnect: 'warn',
  reconnect: 'info',
  reconnecting: 'debug',
  error: 'error',
  ldm: 'warn',
  staleConnection: 'warn',
  slowConsumer: 'warn',
  update: 'info',
};

function watchStatus(spec: {
  nc: NatsConnection;
  bus: Bus;
  logger: Logger;
  metrics: BusMetrics;
  onReconnect: () => void;
}): void {
  // The iterator ends when the connection closes.
  const statuses = spec.nc.status();
  void (async () => {
    for await (const status of statuses) {
      spec.metrics.connection(status.type);
      const level = LOGGED_STATUS[status.type];
      if (level) {
        const details =
          'server' in status
            ? { server: status.server }
            : 'error' in status
              ? { err: status.error }
              : {};
        spec.logger[level]({ nats_status: status.type, ...details }, `NATS ${status.type}`);
      }
      if (status.type === 'disconnect') spec.bus.setLinkUp(false);
      if (status.type === 'reconnect') {
        spec.bus.setLinkUp(true);
        spec.onReconnect();
      }
    }
  })();
}

/**
 * Connects to NATS (reconnecting forever with exponential backoff) and to the claim-check Redis,
 * and returns the bus.
 */
export async function connectBus(options: BusOptions): Promise<Bus> {
  const logger = options.logger.child({ component: 'bus' });
  const metrics = createBusMetrics(options.registry ?? new Registry());
  const backoff = reconnectBackoff(options.reconnect ?? DEFAULT_RECONNECT_BACKOFF);
  const servers = serverList(options.servers);

  const ownsRedis = typeof options.redis === 'string';
  const redis =
    typeof options.redis === 'string'
      ? new Redis(options.redis, { maxRetriesPerRequest: 3, lazyConnect: false })
      : options.redis;
  if (ownsRedis) {
    redis.on('error', (error: Error) => {
      logger.warn({ err: error }, 'claim-check Redis error');
    });
  }

  logger.info({ servers }, 'connecting to NATS');
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers,
      name: options.name,
      maxReconnectAttempts: -1,
      reconnectDelayHandler: backoff.next,
      waitOnFirstConnect: options.waitOnFirstConnect ?? true,
      // Our errors name the subject; an Error (with stack) per request costs ~15% of throughput.
      noAsyncTraces: true,
      ...credentialOptions(options.credentials),
    });
  } catch (error) {
    if (ownsRedis) redis.disconnect();
    throw error;
  }
  logger.info({ server: nc.getServer(), max_payload: nc.info?.max_payload }, 'connected to NATS');

  const bus = new Bus({
    nc,
    redis,
    ownsRedis,
    claimCheck: new ClaimCheck({
      redis,
      ttlSeconds: options.claimCheckTtlSeconds ?? DEFAULT_CLAIM_CHECK_TTL_SECONDS,
    }),
    logger,
    metrics,
    maxPayloadOverride: options.maxPayloadBytes,
    subjectPrefix: options.subjectPrefix ?? '',
  });
  watchStatus({ nc, bus, logger, metrics, onReconnect: backoff.reset });
  return bus;
}
