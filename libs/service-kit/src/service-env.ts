import { z } from 'zod';
import { envEnum, envInt, envList, envPort, envString, envUrl } from '@automation-engine/config';
import { papertrailEnvSchema } from '@automation-engine/observability';
import type { NatsCredentials } from '@automation-engine/messaging';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The variables every service reads (README of libs/service-kit has the table). */
export const baseServiceEnv = z.object({
  ENVIRONMENT_NAME: envString().default('local'),
  CURRENT_ENVIRONMENT: envEnum(['local', 'dev', 'production']).default('local'),
  LOG_LEVEL: envEnum(LOG_LEVELS).default('info'),
  HTTP_PORT: envPort().default(5000),
  HTTP_HOST: envString().default('0.0.0.0'),
  NATS_URL: envList().default(['nats://127.0.0.1:4222']),
  NATS_USER: envString().optional(),
  NATS_PASSWORD: envString().optional(),
  NATS_TOKEN: envString().optional(),
  NATS_NKEY_SEED: envString().optional(),
  REDIS_URL: envUrl({ protocols: ['redis', 'rediss'] }).default('redis://127.0.0.1:6379'),
  NATS_MAX_PAYLOAD_BYTES: envInt({ min: 1_024 }).optional(),
  // Empty in production (the original's subjects); set to share one NATS between test runs or
  // environments without cross-talk.
  NATS_SUBJECT_PREFIX: envString().optional(),
  CLAIM_CHECK_TTL_SECONDS: envInt({ min: 1 }).default(300),
  SHUTDOWN_TIMEOUT_SECONDS: envInt({ min: 1 }).default(30),
});

const credentialRule = z
  .object({
    NATS_USER: z.unknown().optional(),
    NATS_PASSWORD: z.unknown().optional(),
    NATS_TOKEN: z.unknown().optional(),
    NATS_NKEY_SEED: z.unknown().optional(),
  })
  .superRefine((env, ctx) => {
    const kinds = [
      env.NATS_USER !== undefined || env.NATS_PASSWORD !== undefined,
      env.NATS_TOKEN !== undefined,
      env.NATS_NKEY_SEED !== undefined,
    ].filter(Boolean).length;
    if (kinds > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['NATS_TOKEN'],
        message: 'give one kind of NATS credentials: user+password, token, or nkey seed',
      });
    }
    if ((env.NATS_USER === undefined) !== (env.NATS_PASSWORD === undefined)) {
      const missing = env.NATS_USER === undefined ? 'NATS_USER' : 'NATS_PASSWORD';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'NATS_USER and NATS_PASSWORD go together',
      });
    }
  });

/** The whole schema of a service: the base variables, its own, Papertrail's, and their rules. */
export function serviceEnvSchema<Own extends z.ZodRawShape>(own: Own) {
  return z.intersection(
    z.intersection(baseServiceEnv.extend(own), papertrailEnvSchema),
    credentialRule,
  );
}

export type BaseServiceConfig = z.output<typeof baseServiceEnv>;

export function natsCredentials(config: BaseServiceConfig): NatsCredentials | undefined {
  if (config.NATS_USER !== undefined && config.NATS_PASSWORD !== undefined) {
    return { user: config.NATS_USER, password: config.NATS_PASSWORD };
  }
  if (config.NATS_TOKEN !== undefined) return { token: config.NATS_TOKEN };
  if (config.NATS_NKEY_SEED !== undefined) return { nkeySeed: config.NATS_NKEY_SEED };
  return undefined;
}
