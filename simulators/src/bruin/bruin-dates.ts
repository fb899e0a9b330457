/**
 * Bruin's date formats. Notes and details are US/Eastern ISO with offset and milliseconds
 * (`2023-04-11T09:15:27.381-04:00`); ticket `createDate` is `M/D/YYYY h:mm:ss AM` in UTC; task
 * history uses `YYYYMMDDhhmm` (Eastern wall clock).
 */
const EASTERN = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  offsetMinutes: number;
}

function easternWallClock(epochMs: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of EASTERN.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const wall = {
    year: parts.year ?? '1970',
    month: parts.month ?? '01',
    day: parts.day ?? '01',
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    second: parts.second ?? '00',
  };
  const asUtc = Date.UTC(
    Number(wall.year),
    Number(wall.month) - 1,
    Number(wall.day),
    Number(wall.hour),
    Number(wall.minute),
    Number(wall.second),
  );
  const offsetMinutes = Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
  return { ...wall, offsetMinutes };
}

/** `2023-04-11T09:15:27.381-04:00` */
export function formatBruinDateTime(epochMs: number): string {
  const w = easternWallClock(epochMs);
  const ms = String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0');
  const sign = w.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(w.offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}:${w.second}.${ms}${offset}`;
}

/** `4/11/2023 1:15:27 PM` (UTC). */
export function formatBruinCreateDate(epochMs: number): string {
  const d = new Date(epochMs);
  const hours = d.getUTCHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getUTCMonth() + 1)}/${String(d.getUTCDate())}/${String(d.getUTCFullYear())} ${String(hour12)}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** `202304111315` (Eastern wall clock). */
export function formatBruinCompactDate(epochMs: number): string {
  const w = easternWallClock(epochMs);
  return `${w.year}${w.month}${w.day}${w.hour}${w.minute}`;
}

/** `2023-05-20T15:02:33.120Z`, the UTC form some documents use. */
export function formatUtcIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
