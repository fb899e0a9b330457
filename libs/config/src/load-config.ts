import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import { deepFreeze, type DeepReadonly } from './deep-freeze.js';
import { parseEnv, type EnvRecord } from './parse-env.js';

export interface LoadConfigOptions {
  /** Defaults to `process.env`. */
  env?: EnvRecord;
  /** Defaults to `process.exit`. */
  exit?: (code: number) => never;
  /** Where the problems are reported; defaults to stderr. */
  write?: (text: string) => void;
}

function exitProcess(code: number): never {
  process.exit(code);
}

function writeToStderr(text: string): void {
  process.stderr.write(text);
}

/**
 * Parses the environment once at start-up and returns it deep-frozen. On invalid configuration it
 * writes every problem to stderr and exits with code 1, so a service fails fast and says why.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  options: LoadConfigOptions = {},
): DeepReadonly<z.output<S>> {
  const { env = process.env, exit = exitProcess, write = writeToStderr } = options;
  try {
    return deepFreeze(parseEnv(schema, env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    write(`${error.message}\n`);
    exit(1);
    // Reached only when an injected `exit` returns.
    throw error;
  }
}
