import type { BruinTicketNoteShape } from '@automation-engine/contracts/bruin';
import type { CachedLogicalId } from '@automation-engine/contracts/customer-cache';
import { parseBruinDate } from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageSettings } from '../model.js';
import { digiNoteInterface, isDigiRebootNote } from '../notes/index.js';
import { isFaultyLink } from '../status/classify-outage.js';
import { digiLogicalIds } from './edge-facts.js';

export const WIRELESS_QUEUE = 'Wireless Repair Intervention Needed';

/** DiGi links of the edge whose link is DISCONNECTED now: the ones to reboot (§2.6). */
export function digiLinksDown(
  edge: MonitoredEdge,
  settings: Pick<OutageSettings, 'digiHeaders'>,
): (CachedLogicalId & { logical_id: string })[] {
  return digiLogicalIds(edge, settings).filter(
    (id): id is CachedLogicalId & { logical_id: string } =>
      id.logical_id !== null &&
      edge.status.links.some((link) => link.interface === id.interface_name && isFaultyLink(link)),
  );
}

export type FailedRebootPlan =
  { kind: 'stop'; reason: string } | { kind: 'forward-wireless' } | { kind: 'reboot' };

/**
 * After a 409, for one DISCONNECTED DiGi link (§2.6 failed-reboot check): the first DiGi reboot
 * note of the serial tells whether a reboot was tried. None, or one younger than the grace →
 * stop. Same interface → the reboot failed: forward to the Wireless team unless a note says it was
 * already. Another interface → reboot this one.
 */
export function failedRebootPlan(spec: {
  iface: string;
  serialNotes: readonly BruinTicketNoteShape[];
  now: Date;
  graceSeconds: number;
}): FailedRebootPlan {
  const texts = spec.serialNotes.filter((note) => typeof note.noteValue === 'string');
  // The original took the first note containing "DiGi"; a triage note whose link label says DiGi
  // then passed for the reboot note. Only a DiGi reboot note counts here.
  const digiNote = texts.find((note) => isDigiRebootNote(note.noteValue));
  if (digiNote === undefined) return { kind: 'stop', reason: 'no DiGi reboot note for the serial' };
  const at = parseBruinDate(digiNote.createdDate);
  if (at !== null && (spec.now.getTime() - at) / 1000 < spec.graceSeconds) {
    return { kind: 'stop', reason: 'last DiGi reboot too recent' };
  }
  if (digiNoteInterface(digiNote.noteValue) === spec.iface) {
    if (texts.some((note) => (note.noteValue ?? '').includes(WIRELESS_QUEUE))) {
      return { kind: 'stop', reason: `already forwarded to ${WIRELESS_QUEUE}` };
    }
    return { kind: 'forward-wireless' };
  }
  return { kind: 'reboot' };
}
