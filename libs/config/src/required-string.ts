import { z } from 'zod';

/** A string schema whose message for a missing variable is just "required". */
export function requiredString(): z.ZodString {
  return z.string({
    error: (issue) => (issue.input === undefined ? 'required' : 'must be a string'),
  });
}
