import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import {
  ANY_HEADER_SOURCE,
  gracePeriodSeconds,
  isByobLabel,
  noteField,
  notesSinceLatest,
  parseBruinDate,
  siteLocalTime,
  type GraceSettings,
} from '@automation-engine/monitoring';
import { isReopenNote, isTroubleNote, troubleOfNote, type Trouble } from '../model.js';

/** What the auto-resolve of one (ticket, serial) is decided on; plain data. */
export interface AutoresolveCase {
  serial: string;
  ticket: { ticketID: number; createdBy?: string | null; createDate?: string | null };
  details: readonly BruinTicketDetailShape[];
  notes: readonly BruinTicketNoteShape[];
  cached: Pick<CustomerCacheEntry, 'logical_ids' | 'site_details'>;
  now: Date;
  settings: {
    ipaSystemUsername: string;
    hnocBlacklistedLabels: readonly string[];
    grace: GraceSettings;
    maxAutoresolvesPerTicket: number;
  };
}

/** Facts read from the ticket's notes, reported with the decision (metric labels, logs). */
export interface AutoresolveFacts {
  /** Troubles noted in the current cycle (since the latest reopen). */
  troubles: Trouble[];
  /** From the first trouble note's `Name:` label; null without such a note. */
  hasByob: boolean | null;
  /** `Wired` / `Wireless` from the first trouble note's `Link Type:`; null when unknown. */
  linkType: string | null;
  accessType: string | null;
}

export type AutoresolveDecision =
  | ({ resolve: false; reason: string; detailId: number | null } & AutoresolveFacts)
  | ({ resolve: true; reason: string; detailId: number; bypassed: boolean } & AutoresolveFacts);

export const ETHERNET_ACCESS_TYPE = 'Ethernet/T1/MPLS';
export const IPA_QUEUE = 'IPA Investigate';

const AUTORESOLVE_NOTE = new RegExp(
  `^${ANY_HEADER_SOURCE}\\n[\\s\\S]*Auto-resolving task for serial`,
);
const LINK_TYPE = /^(?:Public|Private) (Wired|Wireless)$/;

function isAssigned(detail: BruinTicketDetailShape): boolean {
  const assignedTo = detail['assignedToName'];
  return typeof assignedTo === 'string' && assignedTo.trim() !== '' && assignedTo !== '0';
}

function factsOf(input: AutoresolveCase, serialNotes: BruinTicketNoteShape[]): AutoresolveFacts {
  const cycle = notesSinceLatest(serialNotes, isReopenNote);
  const troubles = [
    ...new Set(cycle.map((note) => troubleOfNote(note.noteValue)).filter((t) => t !== null)),
  ];
  const troubleNote = cycle.find((note) => isTroubleNote(note.noteValue))?.noteValue ?? null;
  if (troubleNote === null) return { troubles, hasByob: null, linkType: null, accessType: null };
  const label = noteField(troubleNote, 'Name');
  const iface = noteField(troubleNote, 'Interface');
  const linkType = LINK_TYPE.exec(noteField(troubleNote, 'Link Type') ?? '')?.[1] ?? null;
  const accessType =
    input.cached.logical_ids.find((logicalId) => logicalId.interface_name === iface)?.access_type ??
    null;
  return {
    troubles,
    hasByob: label === null ? null : isByobLabel(label, input.settings.hnocBlacklistedLabels),
    linkType,
    accessType,
  };
}

/**
 * True when the last affecting trouble note (any trouble, reopen notes included), else the
 * ticket's creation, is within the day/night grace period of the site.
 */
function troubleIsRecent(input: AutoresolveCase, serialNotes: BruinTicketNoteShape[]): boolean {
  const troubleDates = serialNotes
    .filter((note) => isTroubleNote(note.noteValue))
    .map((note) => parseBruinDate(note.createdDate))
    .filter((at) => at !== null);
  const last =
    troubleDates.length > 0 ? Math.max(...troubleDates) : parseBruinDate(input.ticket.createDate);
  if (last === null) return false;
  const local = siteLocalTime(input.now, input.cached.site_details.tzOffset);
  const grace = gracePeriodSeconds(local, input.settings.grace);
  return (input.now.getTime() - last) / 1000 <= grace;
}

/**
 * Whether SAM resolves the task of `serial` in one open Service Affecting ticket (spec §3.6 with
 * the table of §2.9). The mode (live or not) is the caller's business.
 */
export function decideAutoresolve(input: AutoresolveCase): AutoresolveDecision {
  const { serial, ticket, settings } = input;
  const serialNotes = input.notes.filter(
    (note) =>
      note.noteValue !== null &&
      note.noteValue !== undefined &&
      (note.serviceNumber ?? []).includes(serial),
  );
  const facts = factsOf(input, serialNotes);
  const skip = (reason: string, detailId: number | null = null): AutoresolveDecision => ({
    resolve: false,
    reason,
    detailId,
    ...facts,
  });

  if (ticket.createdBy !== settings.ipaSystemUsername) {
    return skip('ticket not created by the IPA user');
  }
  const task = input.details.find((detail) => detail.detailValue === serial);
  if (task === undefined) return skip('ticket has no task for the serial');

  const bypassed = facts.hasByob === true && task.currentTaskName === IPA_QUEUE;
  if (!bypassed) {
    if (facts.accessType === ETHERNET_ACCESS_TYPE && isAssigned(task)) {
      return skip('Ethernet link and the task is assigned', task.detailID);
    }
    if (!troubleIsRecent(input, serialNotes)) {
      return skip('last affecting trouble older than the grace period', task.detailID);
    }
    const autoresolves = serialNotes.filter((note) =>
      AUTORESOLVE_NOTE.test(note.noteValue ?? ''),
    ).length;
    if (autoresolves >= settings.maxAutoresolvesPerTicket) {
      return skip(
        `auto-resolve limit reached (${String(autoresolves)} of ${String(settings.maxAutoresolvesPerTicket)})`,
        task.detailID,
      );
    }
  }
  if (task.detailStatus === 'R') return skip('task already resolved', task.detailID);
  return {
    resolve: true,
    reason: bypassed
      ? 'BYOB link with the task in IPA Investigate: restrictions bypassed'
      : 'all metrics stable',
    detailId: task.detailID,
    bypassed,
    ...facts,
  };
}

/** `trouble` label of `tasks_autoresolved`: none → Unknown, one → it, several → Multiple. */
export function autoresolvedTroubleLabel(troubles: readonly Trouble[]): string {
  if (troubles.length === 0) return 'Unknown';
  if (troubles.length === 1) return troubles[0] ?? 'Unknown';
  return 'Multiple';
}
