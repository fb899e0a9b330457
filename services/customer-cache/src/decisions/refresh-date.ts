const pad = (value: number): string => String(value).padStart(2, '0');

/** `MM/DD/YYYY, HH:MM:SS` in UTC: how the original stores `next_refresh_date`. */
export function formatRefreshDate(date: Date): string {
  return (
    `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${String(date.getUTCFullYear())}, ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

const REFRESH_DATE = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** Epoch ms of a stored `next_refresh_date`, or null when it is not in the original's format. */
export function parseRefreshDate(text: string): number | null {
  const match = REFRESH_DATE.exec(text);
  if (match === null) return null;
  const [month = 0, day, year = 0, hours, minutes, seconds] = match.slice(1).map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes, seconds);
}

/**
 * Whether a refresh is due (spec §10.3): when `next_refresh_date` is missing, unreadable, or
 * already past.
 */
export function isRefreshDue(nextRefreshDate: string | null, now: Date): boolean {
  if (nextRefreshDate === null) return true;
  const due = parseRefreshDate(nextRefreshDate);
  return due === null || now.getTime() > due;
}
