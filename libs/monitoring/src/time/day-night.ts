/**
 * Day/night grace (spec §1.6). Day is the site-local hour in [start, end); when start ≥ end the
 * end moves to the next day (end + 24), but hours after midnight are not wrapped — with start 10
 * and end 2, 01:00 is night. The original's tests pin this; kept (ADR 0010).
 */
export function isDayTime(localHour: number, dayStartHour: number, dayEndHour: number): boolean {
  const end = dayStartHour >= dayEndHour ? dayEndHour + 24 : dayEndHour;
  return localHour >= dayStartHour && localHour < end;
}

export interface GraceSettings {
  dayStartHour: number;
  dayEndHour: number;
  /** Seconds. */
  daySeconds: number;
  nightSeconds: number;
}

/** Grace period in seconds for a site-local time. */
export function gracePeriodSeconds(siteLocal: Date, settings: GraceSettings): number {
  return isDayTime(siteLocal.getUTCHours(), settings.dayStartHour, settings.dayEndHour)
    ? settings.daySeconds
    : settings.nightSeconds;
}

/**
 * Site-local time: `now` shifted by the site's offset in hours. The result is a Date whose UTC
 * fields read as the site's wall clock (read it with getUTCHours()).
 */
export function siteLocalTime(now: Date, tzOffsetHours: number): Date {
  return new Date(now.getTime() + tzOffsetHours * 3_600_000);
}

/**
 * Minutes from a site-local time until the next day start (`dayStartHour`:00 site time), used to
 * hold night-time worker forwards until the morning.
 */
export function minutesUntilDayStart(siteLocal: Date, dayStartHour: number): number {
  const next = new Date(siteLocal.getTime());
  next.setUTCHours(dayStartHour, 0, 0, 0);
  if (next.getTime() <= siteLocal.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return Math.ceil((next.getTime() - siteLocal.getTime()) / 60_000);
}
