import { loadConfig } from '@automation-engine/config';
import { closeLogger, createLogger } from '@automation-engine/observability';
import { labConfigSchema } from './config.js';
import { labOptionsFromConfig } from './lab-options-from-config.js';
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
  const lab = await startLab(labOptionsFromConfig(config, logger));
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
