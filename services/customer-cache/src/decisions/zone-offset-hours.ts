const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::?\d{2})?)?$/;

/**
 * The whole hours a time zone is from UTC at `now`, sign kept and minutes dropped (the original
 * took `strftime("%z")[0:3]`: `-0500` → -5, `+0545` → 5, `-0930` → -9). Throws a RangeError for
 * a zone the runtime does not know.
 */
export function zoneOffsetHours(zone: string, now: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = OFFSET.exec(name);
  if (match?.[1] === undefined || match[2] === undefined) return 0;
  const hours = Number(match[2]);
  return match[1] === '-' ? -hours : hours;
}
