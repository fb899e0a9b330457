import { findBinary, startNatsServer, startRedisServer } from './local-servers.js';
import { hostAndPort, isPortOpen } from './wait-for-port.js';

export interface TestServers {
  natsUrl: string;
  redisUrl: string;
  /** Where each came from, for the run's log. */
  sources: { nats: ServerSource; redis: ServerSource };
  stop(): Promise<void>;
}

export type ServerSource = 'env' | 'local-process' | 'testcontainers';

interface Resolved {
  url: string;
  source: ServerSource;
  stop: () => Promise<void>;
}

async function fromEnv(variable: string, defaultPort: number): Promise<Resolved | undefined> {
  const url = process.env[variable];
  if (!url) return undefined;
  const first = url.split(',')[0] ?? url;
  const { host, port } = hostAndPort(first, defaultPort);
  if (!(await isPortOpen(host, port, 2_000))) {
    throw new Error(`${variable}=${url} is set but nothing answers at ${host}:${String(port)}`);
  }
  return { url, source: 'env', stop: () => Promise.resolve() };
}

async function dockerAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function fromContainer(image: string, port: number, command: string[]): Promise<Resolved> {
  const { GenericContainer } = await import('testcontainers');
  const container = await new GenericContainer(image)
    .withCommand(command)
    .withExposedPorts(port)
    .start();
  const scheme = port === 4222 ? 'nats' : 'redis';
  return {
    url: `${scheme}://${container.getHost()}:${String(container.getMappedPort(port))}`,
    source: 'testcontainers',
    stop: async () => {
      await container.stop();
    },
  };
}

async function resolveNats(): Promise<Resolved> {
  const env = await fromEnv('NATS_URL', 4222);
  if (env) return env;
  if (findBinary('nats-server')) {
    const server = await startNatsServer({ jetstream: true });
    return { url: server.url, source: 'local-process', stop: () => server.stop() };
  }
  if (await dockerAvailable()) return fromContainer('nats:2.10-alpine', 4222, ['-js']);
  throw new Error(
    'no NATS for the tests: set NATS_URL, install nats-server (apt-get install nats-server), or run a Docker engine',
  );
}

async function resolveRedis(): Promise<Resolved> {
  const env = await fromEnv('REDIS_URL', 6379);
  if (env) return env;
  if (findBinary('redis-server')) {
    const server = await startRedisServer();
    return { url: server.url, source: 'local-process', stop: () => server.stop() };
  }
  if (await dockerAvailable()) return fromContainer('redis:7-alpine', 6379, ['redis-server']);
  throw new Error(
    'no Redis for the tests: set REDIS_URL, install redis-server (apt-get install redis-server), or run a Docker engine',
  );
}

/**
 * Real NATS (with JetStream) and Redis for a test run: NATS_URL / REDIS_URL when set, else
 * servers started here as local processes, else testcontainers where a Docker engine runs.
 */
export async function resolveTestServers(): Promise<TestServers> {
  const [nats, redis] = await Promise.all([resolveNats(), resolveRedis()]);
  return {
    natsUrl: nats.url,
    redisUrl: redis.url,
    sources: { nats: nats.source, redis: redis.source },
    async stop() {
      await Promise.all([nats.stop(), redis.stop()]);
    },
  };
}
