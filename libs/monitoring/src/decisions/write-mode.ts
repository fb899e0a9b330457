import { z } from 'zod';
import { envBoolean, envEnum } from '@automation-engine/config';

/**
 * What a monitor may do to Bruin:
 * - `live`: write (the original's production behaviour);
 * - `would-have`: the original's non-production behaviour: log and Slack what it would have done;
 * - `dry-run`: compute and log every decision with its reason, write nothing, tell nobody.
 */
export type WriteMode = 'live' | 'would-have' | 'dry-run';

/**
 * The variables that choose the mode (docs/adr/0009-monitor-write-modes.md).
 * `BRUIN_WRITES` defaults to `live` in production and `would-have` elsewhere; the lab's engine
 * runs set it to `live` so that the monitors act on the lab's Bruin.
 */
export const writeModeEnv = {
  DRY_RUN: envBoolean().default(false),
  BRUIN_WRITES: envEnum(['live', 'would-have']).optional(),
};

export function writeModeOf(config: {
  DRY_RUN: boolean;
  BRUIN_WRITES?: 'live' | 'would-have' | undefined;
  CURRENT_ENVIRONMENT: string;
}): WriteMode {
  if (config.DRY_RUN) return 'dry-run';
  if (config.BRUIN_WRITES !== undefined) return config.BRUIN_WRITES;
  return config.CURRENT_ENVIRONMENT === 'production' ? 'live' : 'would-have';
}

export const writeModeSchema = z.enum(['live', 'would-have', 'dry-run']);
