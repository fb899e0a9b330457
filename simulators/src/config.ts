import {
  envEnum,
  envInt,
  envPort,
  envString,
  parseEnv,
  type EnvRecord,
} from '@automation-engine/config';
import { z } from 'zod';

const port = () => envPort({ allowZero: true });

/** The lab's environment (see simulators/README.md); parsed once in main.ts. */
export const labConfigSchema = z
  .object({
    LAB_SEED: envInt().default(1),
    LAB_EDGES: envInt({ min: 0, max: 100_000 }).default(200),
    LAB_HOSTS: envInt({ min: 1, max: 4 }).default(2),
    /** Lab seconds per real second (60: an hour passes in a minute; 0: frozen). */
    LAB_CLOCK_SPEED: z.coerce
      .number({ error: 'must be a number ≥ 0' })
      .min(0, 'must be a number ≥ 0')
      .max(100_000)
      .default(1),
    /** Lab time at start (ISO with offset); default the real time. */
    LAB_START_TIME: envString()
      .refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO date-time')
      .optional(),
    LAB_BIND_HOST: envString().default('127.0.0.1'),
    LAB_CONTROL_PORT: port().default(8600),
    LAB_BRUIN_PORT: port().default(8601),
    /** VCO host i listens on LAB_VCO_BASE_PORT + i. */
    LAB_VCO_BASE_PORT: port().default(8610),
    LAB_BRUIN_CLIENT_ID: envString().default('lab-client'),
    LAB_BRUIN_CLIENT_SECRET: envString().default('lab-secret'),
    LAB_BRUIN_TOKEN_TTL_SECONDS: envInt({ min: 1 }).default(3600),
    LAB_BRUIN_API_USER: envString().default('Intelygenz Ai'),
    LAB_VCO_USERNAME: envString().default('lab-operator'),
    LAB_VCO_PASSWORD: envString().default('lab-password'),
    LAB_VCO_SESSION_TTL_SECONDS: envInt({ min: 1 }).default(86_400),
    /** Hawkeye probes per edge (0.125: 1,250 probes for 10,000 edges). */
    LAB_PROBE_RATIO: z.coerce
      .number({ error: 'must be a number between 0 and 1' })
      .min(0, 'must be a number between 0 and 1')
      .max(1, 'must be a number between 0 and 1')
      .default(0.125),
    LAB_HAWKEYE_PORT: port().default(8602),
    LAB_T7_PORT: port().default(8603),
    LAB_DIGI_PORT: port().default(8604),
    LAB_DRI_PORT: port().default(8605),
    LAB_SLACK_PORT: port().default(8606),
    LAB_SMTP_PORT: port().default(8607),
    LAB_HAWKEYE_USERNAME: envString().default('lab-hawkeye'),
    LAB_HAWKEYE_PASSWORD: envString().default('lab-password'),
    LAB_HAWKEYE_SESSION_TTL_SECONDS: envInt({ min: 1 }).default(3600),
    LAB_DIGI_CLIENT_ID: envString().default('lab-digi'),
    LAB_DIGI_CLIENT_SECRET: envString().default('lab-secret'),
    LAB_DIGI_TOKEN_TTL_SECONDS: envInt({ min: 1 }).default(3600),
    /** Lab seconds after a DiGi reboot until the edge and its link are back. */
    LAB_DIGI_RECOVERY_SECONDS: envInt({ min: 0 }).default(300),
    LAB_DRI_USERNAME: envString().default('lab-dri@mettel.example'),
    LAB_DRI_PASSWORD: envString().default('lab-password'),
    LAB_DRI_TOKEN_TTL_SECONDS: envInt({ min: 1 }).default(3600),
    /** R3 polls a DRI task answers `Pending` before it is done. */
    LAB_DRI_PENDING_POLLS: envInt({ min: 0 }).default(2),
    /** SMTP AUTH the sink requires (both or neither; unset: AUTH optional). */
    LAB_SMTP_USERNAME: envString().optional(),
    LAB_SMTP_PASSWORD: envString().optional(),
    LOG_LEVEL: envEnum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(
      'info',
    ),
    ENVIRONMENT_NAME: envString().default('local'),
  })
  .superRefine((env, context) => {
    if ((env.LAB_SMTP_USERNAME === undefined) !== (env.LAB_SMTP_PASSWORD === undefined)) {
      const missing =
        env.LAB_SMTP_USERNAME === undefined ? 'LAB_SMTP_USERNAME' : 'LAB_SMTP_PASSWORD';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message: 'set LAB_SMTP_USERNAME and LAB_SMTP_PASSWORD together',
      });
    }
  });

export type LabConfig = Readonly<z.output<typeof labConfigSchema>>;

/** Parses the lab environment; throws the config library's `ConfigError` listing every problem. */
export function loadLabConfig(env: EnvRecord): LabConfig {
  return Object.freeze(parseEnv(labConfigSchema, env));
}
