import type { LinkMetricInfo, VcoEventRecord } from '@automation-engine/contracts/velocloud';
import type { LookupMinutes, Thresholds, Trouble } from '../model.js';
import {
  anyDirection,
  bandwidthTrouble,
  jitterTrouble,
  latencyTrouble,
  packetLossTrouble,
} from './link-checks.js';

/** The thresholds and windows of a link's kind, and whether its bandwidth is checked. */
export interface CheckContext {
  thresholds: Thresholds;
  lookupMinutes: LookupMinutes;
  bandwidthChecked: boolean;
}

/**
 * Why a link is (not) in trouble for one check (spec §3.3); `trouble` true means a ticket flow
 * follows, otherwise `reason` says why not.
 */
export type CheckOutcome = { trouble: true } | { trouble: false; reason: string };

const within: CheckOutcome = { trouble: false, reason: 'within thresholds' };
const inTrouble: CheckOutcome = { trouble: true };

/** One check of one link: latency, loss, jitter, bandwidth or circuit instability. */
export function checkLink(
  trouble: Trouble,
  link: { metrics: LinkMetricInfo; events: readonly VcoEventRecord[] },
  context: CheckContext,
): CheckOutcome {
  const { metrics, events } = link;
  const { thresholds } = context;
  switch (trouble) {
    case 'Latency':
      return anyDirection(latencyTrouble(metrics, thresholds)) ? inTrouble : within;
    case 'Packet Loss':
      return anyDirection(packetLossTrouble(metrics, thresholds)) ? inTrouble : within;
    case 'Jitter':
      return anyDirection(jitterTrouble(metrics, thresholds)) ? inTrouble : within;
    case 'Bandwidth Over Utilization': {
      if (!context.bandwidthChecked) {
        return { trouble: false, reason: 'bandwidth checks disabled for this host or client' };
      }
      const directions = bandwidthTrouble(metrics, thresholds, context.lookupMinutes.bandwidth);
      if (directions === null) return { trouble: false, reason: 'no direction with bps > 0' };
      return anyDirection(directions) ? inTrouble : within;
    }
    case 'Circuit Instability':
      if (events.length === 0) return { trouble: false, reason: 'no LINK_DEAD events' };
      return events.length >= thresholds.circuitInstabilityEvents ? inTrouble : within;
  }
}
