import type { FastifyBaseLogger } from 'fastify';
import type { LabConfig } from './config.js';
import type { StartLabOptions } from './start-lab.js';

/** What `startLab` needs, from the parsed environment (ports, credentials, fleet, clock). */
export function labOptionsFromConfig(
  config: LabConfig,
  logger?: FastifyBaseLogger,
): StartLabOptions {
  return {
    seed: config.LAB_SEED,
    edges: config.LAB_EDGES,
    hosts: config.LAB_HOSTS,
    fleet: { probeRatio: config.LAB_PROBE_RATIO },
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
      hawkeye: config.LAB_HAWKEYE_PORT,
      t7: config.LAB_T7_PORT,
      digi: config.LAB_DIGI_PORT,
      dri: config.LAB_DRI_PORT,
      slack: config.LAB_SLACK_PORT,
      email: config.LAB_SMTP_PORT,
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
      hawkeye: {
        username: config.LAB_HAWKEYE_USERNAME,
        password: config.LAB_HAWKEYE_PASSWORD,
        sessionTtlSeconds: config.LAB_HAWKEYE_SESSION_TTL_SECONDS,
      },
      digi: {
        clientId: config.LAB_DIGI_CLIENT_ID,
        clientSecret: config.LAB_DIGI_CLIENT_SECRET,
        tokenTtlSeconds: config.LAB_DIGI_TOKEN_TTL_SECONDS,
        recoverySeconds: config.LAB_DIGI_RECOVERY_SECONDS,
      },
      dri: {
        username: config.LAB_DRI_USERNAME,
        password: config.LAB_DRI_PASSWORD,
        tokenTtlSeconds: config.LAB_DRI_TOKEN_TTL_SECONDS,
        pendingPolls: config.LAB_DRI_PENDING_POLLS,
      },
      email: {
        username: config.LAB_SMTP_USERNAME ?? null,
        password: config.LAB_SMTP_PASSWORD ?? null,
      },
    },
    ...(logger === undefined ? {} : { logger }),
  };
}
