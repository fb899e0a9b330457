import {
  gracePeriodSeconds,
  isDayTime,
  minutesUntilDayStart,
  siteLocalTime,
} from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageSettings, OutageType } from '../model.js';
import { BUSINESS_GRADE_FAST_PATH_HOST, hasBusinessGradeLinkDown } from './edge-facts.js';

export interface ForwardDelaySpec {
  edge: MonitoredEdge;
  type: OutageType;
  settings: OutageSettings;
  now: Date;
}

/** Edge-down outages and business-grade link outages go to HNOC after this many minutes. */
export const IMMEDIATE_FORWARD_MINUTES = 1;

export function isLinkDownType(type: OutageType): boolean {
  return type === 'Link Down (no HA)' || type === 'Link Down (HA)';
}

/** Link Down on the fast-path host with a business-grade link DISCONNECTED (§2.4, §2.5). */
export function isBusinessGradeFastPath(
  edge: MonitoredEdge,
  type: OutageType,
  settings: OutageSettings,
): boolean {
  return (
    isLinkDownType(type) &&
    edge.cached.edge.host === BUSINESS_GRADE_FAST_PATH_HOST &&
    hasBusinessGradeLinkDown(edge.status.links, settings.businessGradeLinkLabels)
  );
}

/**
 * Minutes until the HNOC forward (§2.5 table): 1 for edge-down types and fast-path links; for
 * other Link Downs the site's day/night grace in minutes (90 / 180 in prod).
 */
export function hnocForwardDelayMinutes(spec: ForwardDelaySpec): number {
  const { edge, type, settings, now } = spec;
  if (!isLinkDownType(type) || isBusinessGradeFastPath(edge, type, settings)) {
    return IMMEDIATE_FORWARD_MINUTES;
  }
  const local = siteLocalTime(now, edge.cached.site_details.tzOffset);
  return gracePeriodSeconds(local, settings.grace) / 60;
}

/**
 * Minutes until a line's worker-queue forward: at site-local night, until the day starts (08:00
 * in prod) so that the worker queue gets it in business hours; by day, the HNOC delay.
 */
export function workerForwardDelayMinutes(spec: ForwardDelaySpec): number {
  const { edge, settings, now } = spec;
  const local = siteLocalTime(now, edge.cached.site_details.tzOffset);
  const { dayStartHour, dayEndHour } = settings.grace;
  if (!isDayTime(local.getUTCHours(), dayStartHour, dayEndHour)) {
    return minutesUntilDayStart(local, dayStartHour);
  }
  return hnocForwardDelayMinutes(spec);
}
