/**
 * Text the original produced with Python's `str()`: kept so that notes read as before and the
 * parsers of older notes keep working.
 */

/** `str(round(value, 3))` of a float: shortest form, `.0` kept on whole values. */
export function pythonFloat(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const text = String(rounded);
  return Number.isInteger(rounded) ? `${text}.0` : text;
}

/** `str(value)` of a JSON value; null / absent → `None`. */
export function pythonText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? 'None' : String(value);
}

/** `str.capitalize()`: first letter upper-case, the rest lower-case. */
export function pythonCapitalize(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const pad = (n: number, size = 2): string => String(n).padStart(size, '0');

/**
 * `str(datetime.now(timezone(zone)))`: `2021-01-05 11:18:39.787000-05:00` (microseconds left out
 * when zero, as Python does).
 */
export function pythonTimestamp(now: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const zoneName = part('timeZoneName'); // "GMT-05:00", or "GMT" at UTC
  const offset = zoneName === 'GMT' ? '+00:00' : zoneName.replace('GMT', '');
  const ms = now.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${pad(ms, 3)}000`;
  return (
    `${part('year')}-${part('month')}-${part('day')} ` +
    `${part('hour')}:${part('minute')}:${part('second')}${fraction}${offset}`
  );
}
