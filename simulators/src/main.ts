import { loadConfig } from '@automation-engine/config';
import { closeLogger, createLogger } from '@automation-engine/observability';
import { labConfigSchema } from './config.js';
import { startLab } from './start-lab.js';

/** Starts every simulator of the lab from the environment and logs their base URLs. */
async function main(): Promise<void> {
  const config = loadConfig(labConfigSchema);
  const logger = createLogger({
    service: 'simulators',
    environment: config.ENVIRONMENT_NAME,
    version: process.env['npm_package_version'] ?? '0.0.0',
    level: config.LOG_LEVEL,
  });
  const lab = await startLab({
    seed: config.LAB_SEED,
    edges: config.LAB_EDGES,
    hosts: config.LAB_HOSTS,
    clock: {
      speed: config.LAB_CLOCK_SPEED,
      ...(config.LAB_START_TIME === undefined
        ? {}
        : { startAt: Date.parse(config.LAB_START_TIME) }),
    },
    bindHost: config.LAB_BIND_HOST,
    ports: {
      control: config.LAB_CONTROL_PORT,
      bruin: config.LAB_BRUIN_PORT,
      vco: config.LAB_VCO_BASE_PORT,
    },
    settings: {
      bruin: {
        clientId: config.LAB_BRUIN_CLIENT_ID,
        clientSecret: config.LAB_BRUIN_CLIENT_SECRET,
        tokenTtlSeconds: config.LAB_BRUIN_TOKEN_TTL_SECONDS,
        apiUserName: config.LAB_BRUIN_API_USER,
      },
      vco: {
        username: config.LAB_VCO_USERNAME,
        password: config.LAB_VCO_PASSWORD,
        sessionTtlSeconds: config.LAB_VCO_SESSION_TTL_SECONDS,
      },
    },
    logger,
  });
  // The one line a runner reads to find every base URL.
  logger.info(
    {
      event: 'lab.started',
      urls: lab.urls,
      fleetSeed: config.LAB_SEED,
      edges: lab.fleet.edges.length,
      clock: lab.clock.snapshot(),
    },
    'lab started',
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'lab stopping');
    lab
      .close()
      .then(() => closeLogger(logger))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'lab failed to stop cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
}

void main();
