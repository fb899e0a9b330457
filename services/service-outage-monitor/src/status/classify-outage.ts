import type { EdgeStatus, LinkStatus, OutageType } from '../model.js';
import { isHaEnabled } from './build-edge-statuses.js';

export function isFaultyEdgeState(state: string | null | undefined): boolean {
  return state === 'OFFLINE';
}

export function isFaultyLink(link: Pick<LinkStatus, 'linkState'>): boolean {
  return link.linkState === 'DISCONNECTED';
}

export function disconnectedLinks(status: EdgeStatus): LinkStatus[] {
  return status.links.filter(isFaultyLink);
}

/** Outage type of an edge now (spec §2.3), null when healthy. */
export function classifyOutage(status: EdgeStatus): OutageType | null {
  const edgeDown = isFaultyEdgeState(status.edgeState);
  const linkDown = status.links.some(isFaultyLink);
  if (!isHaEnabled(status)) {
    if (edgeDown) return 'Hard Down (no HA)';
    return linkDown ? 'Link Down (no HA)' : null;
  }
  const partnerDown = isFaultyEdgeState(status.edgeHAState);
  if (edgeDown) return partnerDown ? 'Hard Down (HA)' : 'Soft Down (HA)';
  // Edge up: a link down counts while the partner is up; a standby up with its primary down is
  // the other member's Soft Down, not an outage of its own.
  if (linkDown && !partnerDown) return 'Link Down (HA)';
  return null;
}

/**
 * Whether this member documents the outage (§2.3): Link Down and Hard Down of an HA pair only on
 * the primary; Soft Down on the offline member, whichever it is; no-HA outages always.
 */
export function isDocumentable(status: EdgeStatus, type: OutageType): boolean {
  if (type === 'Link Down (HA)' || type === 'Hard Down (HA)')
    return status.edgeIsHAPrimary === true;
  return true;
}

/** Healthy: edge not OFFLINE and no DISCONNECTED link (auto-resolve candidate). */
export function isHealthy(status: EdgeStatus): boolean {
  return !isFaultyEdgeState(status.edgeState) && !status.links.some(isFaultyLink);
}
