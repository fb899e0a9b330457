import { zipStandardOffset } from './zip-standard-offset.js';
import { zoneOffsetHours } from './zone-offset-hours.js';

/** The parts of a Bruin site the offset is derived from. */
export interface SiteLocation {
  timeZone?: string | null | undefined;
  address?: { zip?: string | null | undefined } | null | undefined;
}

/**
 * A site's `tzOffset` (spec §10.2): from `US/<timeZone>` at `now` when Bruin names a zone, else
 * from the zip code (standard time), else from the `fallbackZone` (`TIMEZONE`). A zone Bruin
 * names that does not exist goes straight to the fallback, as in the original.
 */
export function siteTzOffset(
  site: SiteLocation,
  spec: { now: Date; fallbackZone: string },
): number {
  try {
    if (site.timeZone) return zoneOffsetHours(`US/${site.timeZone}`, spec.now);
    const zip = site.address?.zip?.split('-')[0];
    const offset = zip === undefined ? null : zipStandardOffset(zip);
    if (offset !== null) return offset;
  } catch {
    // an unknown zone: the fallback below
  }
  return zoneOffsetHours(spec.fallbackZone, spec.now);
}
