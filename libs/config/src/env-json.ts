import { z } from 'zod';
import { envString } from './env-string.js';

/**
 * A variable holding JSON, checked with `schema`; the error says what is expected (`expected`)
 * when the text is not JSON or not of that shape.
 */
export function envJson<S extends z.ZodType>(schema: S, expected: string) {
  return envString().transform((text, ctx): z.output<S> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be JSON: ${expected}` });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `must be ${expected}` });
      return z.NEVER;
    }
    return parsed.data;
  });
}
