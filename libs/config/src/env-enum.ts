import { z } from 'zod';

/** One of a fixed set of words: `envEnum(['debug', 'info', 'warn'])`. */
export function envEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const message = `must be one of ${values.join(', ')}`;
  return z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'required' : message),
  });
}
