/**
 * Reads a time bound the way the vendors accept them from the engine: epoch ms (number or digit
 * string), ISO with `T` or a space, with or without an offset (none = UTC), with any fraction
 * (Python's `str(datetime)` has microseconds). Null when it is not a time.
 */
export function parseLabTime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{10,}$/.test(text)) return Number(text);
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (match === null) return null;
  const [, date, time = '00:00:00', fraction = '', zone = 'Z'] = match;
  const ms = fraction.slice(0, 3).padEnd(3, '0');
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const withSeconds = time.length === 5 ? `${time}:00` : time;
  const parsed = Date.parse(`${date ?? ''}T${withSeconds}.${ms}${offset}`);
  return Number.isNaN(parsed) ? null : parsed;
}
