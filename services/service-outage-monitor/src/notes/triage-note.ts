import { NOTE_HEADER } from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageType } from '../model.js';
import { formatNoteTime, NOTE_TIME_ZONE } from './note-time.js';
import { eventInterface, latestEvent, type VcoEvent } from './vco-event.js';

export interface TriageNoteInput {
  edge: MonitoredEdge;
  outageType: OutageType;
  /** Line 2 is `Re-opening ticket.` instead of `Triage (VeloCloud)`. */
  reopening: boolean;
  /** The edge's events of the last 7 days, any order. */
  events: VcoEvent[];
  now: Date;
  /** Zone of the times written (default the original's `TIMEZONE`, US/Eastern). */
  timeZone?: string;
}

/** Python printed a missing value as `None`; older notes (and their parsers) expect it. */
const shown = (value: string | null): string => value ?? 'None';

function capitalised(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The triage (or reopen) note of §2.7, line by line. */
export function renderTriageNote(input: TriageNoteInput): string {
  const { edge, outageType, events, now } = input;
  const zone = input.timeZone ?? NOTE_TIME_ZONE;
  const { status, cached } = edge;
  const timeOf = (event: VcoEvent | null): string =>
    event === null ? 'Unknown' : formatNoteTime(new Date(event.eventTime), zone);
  const isHaOutage = outageType.endsWith('(HA)');

  const base = `https://${cached.edge.host}/#!/operator/customer/${String(cached.edge.enterprise_id)}/monitor`;
  const edgeUrl = `${base}/edge/${String(cached.edge.edge_id)}`;

  const lines: string[] = [
    NOTE_HEADER,
    input.reopening ? 'Re-opening ticket.' : 'Triage (VeloCloud)',
    '',
  ];
  lines.push(`Outage Type: ${outageType}`);
  if (outageType === 'Soft Down (HA)') lines.push('High Availability - Edge Offline');
  if (outageType === 'Hard Down (HA)') lines.push('High Availability - Location Offline');
  lines.push(
    '',
    `Orchestrator Instance: ${cached.edge.host}`,
    `Edge Name: ${shown(status.edgeName)}`,
    `Links: [Edge|${edgeUrl}/] - [QoE|${edgeUrl}/qoe/] - [Transport|${edgeUrl}/links/] - [Events|${base}/events/]`,
    '',
  );
  if (outageType === 'Hard Down (HA)')
    lines.push('Both primary and secondary edges are DISCONNECTED.', '');

  const thisIsPrimary = status.edgeIsHAPrimary === true;
  const partner = { serial: status.edgeHASerialNumber, state: status.edgeHAState };
  const self = { serial: status.edgeSerialNumber, state: status.edgeState };
  if (isHaOutage) {
    const primary = thisIsPrimary ? self : partner;
    lines.push(
      `Serial: ${shown(primary.serial)}`,
      `Edge Status: ${shown(primary.state)}`,
      'HA Role: Primary',
    );
  } else {
    lines.push(`Serial: ${self.serial}`, `Edge Status: ${self.state}`);
  }
  lines.push(
    `Last Edge Online: ${timeOf(latestEvent(events, (event) => event.event === 'EDGE_UP'))}`,
    `Last Edge Offline: ${timeOf(latestEvent(events, (event) => event.event === 'EDGE_DOWN'))}`,
    '',
  );
  if (isHaOutage) {
    const standby = thisIsPrimary ? partner : self;
    lines.push(
      `Serial: ${shown(standby.serial)}`,
      `Edge Status: ${standby.state === 'CONNECTED' ? 'STANDBY READY' : shown(standby.state)}`,
      'HA Role: Standby',
    );
    if (standby.state === 'OFFLINE') lines.push(`Timestamp: ${formatNoteTime(now, zone)}`);
    lines.push('');
  }

  for (const link of status.links) {
    if (link.interface === '') continue;
    const name = link.interface;
    const configuration = cached.links_configuration.find((entry) =>
      entry.interfaces.includes(name),
    );
    const kind =
      configuration === undefined
        ? 'Unknown'
        : `${capitalised(configuration.mode)} ${capitalised(configuration.type)}`;
    const ofThisLink = (kindOfEvent: string) => (event: VcoEvent) =>
      event.event === kindOfEvent && eventInterface(event.message) === name;
    lines.push(
      `Interface ${name}`,
      `Interface ${name} Label: ${shown(link.displayName)}`,
      `Interface ${name} IP Address: ${shown(link.linkIpAddress)}`,
      `Interface ${name} Type: ${kind}`,
      `Interface ${name} Status: ${shown(link.linkState)}`,
      `Last ${name} Interface Online: ${timeOf(latestEvent(events, ofThisLink('LINK_ALIVE')))}`,
      `Last ${name} Interface Offline: ${timeOf(latestEvent(events, ofThisLink('LINK_DEAD')))}`,
      '',
    );
  }
  return lines.join('\n').trim();
}
