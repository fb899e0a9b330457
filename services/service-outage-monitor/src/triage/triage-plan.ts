import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { notesOldestFirst, parseBruinDate } from '@automation-engine/monitoring';
import type { EdgeStatus, MonitoredEdge, OutageType } from '../model.js';
import { eventsNewestFirst, isTriageNote, type VcoEvent } from '../notes/index.js';
import { classifyOutage, isDocumentable } from '../status/classify-outage.js';

/** An open outage ticket with its details and notes. */
export interface TicketWithDetails {
  ticketId: number;
  details: BruinTicketDetailShape[];
  notes: BruinTicketNoteShape[];
}

/** What the triage job does for one task (detail) of a ticket (§2.10 steps 3–4). */
export type TriageStep =
  | {
      kind: 'skip';
      ticketId: number;
      detail: BruinTicketDetailShape;
      serial: string;
      reason: string;
    }
  /** Events notes for the events since `since`. */
  | {
      kind: 'events';
      ticketId: number;
      detail: BruinTicketDetailShape;
      serial: string;
      cached: CustomerCacheEntry;
      since: Date;
    }
  /** The initial triage note. */
  | {
      kind: 'triage';
      ticketId: number;
      detail: BruinTicketDetailShape;
      serial: string;
      edge: MonitoredEdge;
      outageType: OutageType;
    };

/** Window of the Events note of a task without triage note whose edge is healthy again. */
export const HEALTHY_EVENTS_WINDOW_MS = 24 * 3_600_000;

/**
 * Decides, for every task of the open tickets whose service number is a cached serial, whether
 * to append an Events note (it has triage notes, none recent; or its edge is healthy), a triage
 * note (its edge is in a documentable outage) or nothing.
 */
export function planTriage(input: {
  tickets: readonly TicketWithDetails[];
  cache: readonly CustomerCacheEntry[];
  /** Statuses of the triage hosts (standby copies included), any order. */
  statuses: readonly EdgeStatus[];
  now: Date;
  lastNoteIntervalMinutes: number;
}): TriageStep[] {
  const cachedBySerial = new Map(input.cache.map((entry) => [entry.serial_number, entry]));
  const statusBySerial = new Map(input.statuses.map((status) => [status.edgeSerialNumber, status]));
  const nowMs = input.now.getTime();
  const steps: TriageStep[] = [];
  for (const ticket of input.tickets) {
    for (const detail of ticket.details) {
      const serial = detail.detailValue ?? '';
      const cached = cachedBySerial.get(serial);
      if (cached === undefined) continue;
      const base = { ticketId: ticket.ticketId, detail, serial };
      const triageNotes = ticket.notes.filter(
        (note) => isTriageNote(note.noteValue) && (note.serviceNumber ?? []).includes(serial),
      );
      const newest = notesOldestFirst(triageNotes).at(-1);
      if (newest !== undefined) {
        const newestAt = parseBruinDate(newest.createdDate);
        if (newestAt === null) {
          steps.push({ ...base, kind: 'skip', reason: 'newest triage note has no readable date' });
        } else if (nowMs - newestAt <= input.lastNoteIntervalMinutes * 60_000) {
          steps.push({ ...base, kind: 'skip', reason: 'triage/events note appended recently' });
        } else {
          steps.push({ ...base, kind: 'events', cached, since: new Date(newestAt) });
        }
        continue;
      }
      const status = statusBySerial.get(serial);
      if (status === undefined) {
        steps.push({ ...base, kind: 'skip', reason: 'no VeloCloud status for the edge' });
        continue;
      }
      const outageType = classifyOutage(status);
      if (outageType === null) {
        steps.push({
          ...base,
          kind: 'events',
          cached,
          since: new Date(nowMs - HEALTHY_EVENTS_WINDOW_MS),
        });
      } else if (!isDocumentable(status, outageType)) {
        steps.push({
          ...base,
          kind: 'skip',
          reason: `${outageType} not documented for this member of the HA pair`,
        });
      } else {
        steps.push({ ...base, kind: 'triage', edge: { cached, status }, outageType });
      }
    }
  }
  return steps;
}

/** Events newest first in chunks of `perNote` (one Events note each); none → no note. */
export function eventChunks(events: readonly VcoEvent[], perNote: number): VcoEvent[][] {
  const ordered = eventsNewestFirst(events);
  const chunks: VcoEvent[][] = [];
  for (let start = 0; start < ordered.length; start += Math.max(1, perNote)) {
    chunks.push(ordered.slice(start, start + Math.max(1, perNote)));
  }
  return chunks;
}
