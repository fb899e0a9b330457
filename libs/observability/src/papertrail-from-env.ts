import {
  envBoolean,
  envPort,
  envString,
  parseEnv,
  type EnvRecord,
} from '@automation-engine/config';
import { z } from 'zod';
import type { PapertrailOptions } from './papertrail-stream.js';

const REQUIRED_WHEN_ACTIVE = ['PAPERTRAIL_HOST', 'PAPERTRAIL_PORT'] as const;

/**
 * The Papertrail variables, to merge into a service's env schema with `.extend({...})` (the rule
 * that HOST and PORT are required when ACTIVE is true comes along).
 */
export const papertrailEnvSchema = z
  .object({
    PAPERTRAIL_ACTIVE: envBoolean().default(false),
    PAPERTRAIL_HOST: envString().optional(),
    PAPERTRAIL_PORT: envPort().optional(),
    PAPERTRAIL_PREFIX: envString().optional(),
  })
  .superRefine(
    (env, ctx) => {
      // A variable that failed its own parse holds a marker object here, so compare with `true`.
      const active: unknown = env.PAPERTRAIL_ACTIVE;
      if (active !== true) return;
      for (const variable of REQUIRED_WHEN_ACTIVE) {
        const alreadyBad = ctx.issues.some((issue) => issue.path?.[0] === variable);
        if (env[variable] === undefined && !alreadyBad) {
          ctx.addIssue({
            code: 'custom',
            path: [variable],
            message: 'required when PAPERTRAIL_ACTIVE is true',
          });
        }
      }
    },
    // Run even when other variables failed, so every problem is reported at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type PapertrailEnv = z.output<typeof papertrailEnvSchema>;

/** Papertrail options from already-parsed variables, or undefined when shipping is off. */
export function papertrailFromConfig(
  config: Readonly<PapertrailEnv>,
): PapertrailOptions | undefined {
  const { PAPERTRAIL_ACTIVE, PAPERTRAIL_HOST, PAPERTRAIL_PORT, PAPERTRAIL_PREFIX } = config;
  if (!PAPERTRAIL_ACTIVE || PAPERTRAIL_HOST === undefined || PAPERTRAIL_PORT === undefined) {
    return undefined;
  }
  const options: PapertrailOptions = { host: PAPERTRAIL_HOST, port: PAPERTRAIL_PORT };
  if (PAPERTRAIL_PREFIX !== undefined) options.prefix = PAPERTRAIL_PREFIX;
  return options;
}

/** Reads `PAPERTRAIL_*` from a raw environment; throws `ConfigError` when they are inconsistent. */
export function papertrailFromEnv(env: EnvRecord = process.env): PapertrailOptions | undefined {
  return papertrailFromConfig(parseEnv(papertrailEnvSchema, env));
}
