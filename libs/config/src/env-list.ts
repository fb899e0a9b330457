import { requiredString } from './required-string.js';

/** A comma-separated list: `"a, b,,c"` → `["a", "b", "c"]` (items trimmed, empty items dropped). */
export function envList() {
  return requiredString().transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}
