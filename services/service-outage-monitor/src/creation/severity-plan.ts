import { NOTE_HEADER } from '@automation-engine/monitoring';
import type { BruinTicketDetailShape } from '@automation-engine/contracts/bruin';
import type { EdgeStatus, OutageSettings } from '../model.js';
import { disconnectedLinks, isFaultyEdgeState } from '../status/classify-outage.js';

export type SeverityPlan =
  { kind: 'change'; severity: number; reason: string } | { kind: 'skip'; reason: string };

/**
 * What severity the ticket should have and why (§2.6): edge OFFLINE → the edge-down level; else
 * the link-down level, unless the task check is asked for and the details are missing or the
 * ticket has more than one unresolved task (another outage rules the ticket).
 */
export function severityPlan(spec: {
  status: EdgeStatus;
  settings: Pick<OutageSettings, 'severityEdgeDown' | 'severityLinkDown'>;
  checkTasks: boolean;
  details: readonly BruinTicketDetailShape[] | null;
}): SeverityPlan {
  const { status, settings } = spec;
  if (isFaultyEdgeState(status.edgeState)) {
    const severity = settings.severityEdgeDown;
    return {
      kind: 'change',
      severity,
      reason: [
        NOTE_HEADER,
        `Changing to Severity ${String(severity)}`,
        'Edge Status: Offline',
      ].join('\n'),
    };
  }
  if (spec.checkTasks) {
    if (spec.details === null) return { kind: 'skip', reason: 'ticket details could not be read' };
    const unresolved = spec.details.filter((detail) => detail.detailStatus !== 'R');
    if (unresolved.length > 1)
      return { kind: 'skip', reason: 'ticket has several unresolved tasks' };
  }
  const severity = settings.severityLinkDown;
  return {
    kind: 'change',
    severity,
    reason: [
      NOTE_HEADER,
      `Changing to Severity ${String(severity)}`,
      'Edge Status: Online',
      ...disconnectedLinks(status).map(
        (link) => `Interface ${link.interface} Status: Disconnected`,
      ),
    ].join('\n'),
  };
}

/** Bruin's severity may come as a number or as text. */
export function isAtSeverity(current: number | string | null | undefined, target: number): boolean {
  return current !== null && current !== undefined && Number(current) === target;
}
