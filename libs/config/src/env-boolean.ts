import { z } from 'zod';
import { requiredString } from './required-string.js';

const WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

/**
 * `true`/`false`, `1`/`0`, `yes`/`no`, any case. Anything else is an error, so a typo never turns
 * a feature on (unlike `z.coerce.boolean()`, for which `"false"` is true).
 */
export function envBoolean() {
  return requiredString().transform((text, ctx) => {
    const value = WORDS[text.trim().toLowerCase()];
    if (value === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be one of true, false, 1, 0, yes, no',
        input: text,
      });
      return z.NEVER;
    }
    return value;
  });
}
