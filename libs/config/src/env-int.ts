import { z } from 'zod';
import { requiredString } from './required-string.js';

export interface EnvIntOptions {
  min?: number;
  max?: number;
}

function expectation({ min, max }: EnvIntOptions): string {
  if (min !== undefined && max !== undefined) return `must be an integer between ${min} and ${max}`;
  if (min !== undefined) return `must be an integer >= ${min}`;
  if (max !== undefined) return `must be an integer <= ${max}`;
  return 'must be an integer';
}

/** A base-10 integer such as `"5000"` or `"-3"`, optionally bounded (inclusive). */
export function envInt(options: EnvIntOptions = {}) {
  const message = expectation(options);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return requiredString().transform((text, ctx) => {
    const trimmed = text.trim();
    const value = Number(trimmed);
    if (!/^[+-]?\d+$/.test(trimmed) || !Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message, input: text });
      return z.NEVER;
    }
    return value;
  });
}
