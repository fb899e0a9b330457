import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { isSecretName } from './is-secret-name.js';

/** An environment as `process.env` holds it. */
export type EnvRecord = Readonly<Record<string, string | undefined>>;

const REDACTED = '[redacted]';

// `FOO=` in a compose file or a chart usually means "not set": treating it so lets `.default()`
// and `.optional()` apply instead of failing on an empty string.
function withoutBlanks(env: EnvRecord): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') result[name] = value;
  }
  return result;
}

function hideSecret(message: string, value: string | undefined): string {
  return value !== undefined && value.length >= 3 ? message.replaceAll(value, REDACTED) : message;
}

function toProblems(issues: readonly z.core.$ZodIssue[], env: EnvRecord): ConfigProblem[] {
  const byVariable = new Map<string, string[]>();
  for (const issue of issues) {
    const first = issue.path[0];
    const variable = first === undefined ? '(environment)' : String(first);
    byVariable.set(variable, [...(byVariable.get(variable) ?? []), issue.message]);
  }
  return [...byVariable].map(([variable, messages]) => {
    const value = env[variable];
    const message = [...new Set(messages)].join('; ');
    if (isSecretName(variable)) return { variable, message: hideSecret(message, value) };
    return value === undefined ? { variable, message } : { variable, message, received: value };
  });
}

/**
 * Parses an environment with a zod schema (usually a `z.object` of `env*` fields). Blank values
 * count as unset. Throws a `ConfigError` listing every bad or missing variable at once; values of
 * secret-looking variables are never echoed.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: EnvRecord = process.env,
): z.output<S> {
  const result = schema.safeParse(withoutBlanks(env));
  if (result.success) return result.data;
  throw new ConfigError(toProblems(result.error.issues, env), { cause: result.error });
}
