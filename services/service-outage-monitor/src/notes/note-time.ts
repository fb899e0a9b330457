/**
 * Note times are written as the original wrote them (Python's `str()` of an aware datetime):
 * `2021-01-05 11:18:39.787000-05:00`, the fraction only when not zero.
 */

/** Zone of the `TimeStamp:` lines and of the triage note's event times (the original's `TIMEZONE`). */
export const NOTE_TIME_ZONE = 'US/Eastern';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Minutes east of UTC of an IANA zone at an instant. */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? '0');
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * `at` as wall-clock time of `zone`: an IANA zone name, or a fixed offset in hours (a site's
 * `tzOffset`).
 */
export function formatNoteTime(at: Date, zone: string | number): string {
  const offsetMinutes =
    typeof zone === 'number' ? Math.round(zone * 60) : zoneOffsetMinutes(at, zone);
  const wall = new Date(at.getTime() + offsetMinutes * 60_000);
  const date = `${String(wall.getUTCFullYear())}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const millis = wall.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}000`;
  return `${date} ${time}${fraction}${offsetText(offsetMinutes)}`;
}
