import type { z } from 'zod';
import { requiredString } from './required-string.js';

/** A required string; chain zod string checks (`.min(8)`, `.regex(…)`) or `.optional()` / `.default(…)`. */
export function envString(): z.ZodString {
  return requiredString();
}
