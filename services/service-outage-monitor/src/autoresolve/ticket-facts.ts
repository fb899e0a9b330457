import type {
  BruinTicketDetailShape,
  BruinTicketNoteShape,
} from '@automation-engine/contracts/bruin';
import {
  isByobLabel,
  notesOldestFirst,
  notesSinceLatest,
  parseBruinDate,
} from '@automation-engine/monitoring';
import type { MonitoredEdge, OutageType } from '../model.js';
import {
  digiNoteInterface,
  isAutoresolveNote,
  isReopenNote,
  isTriageNote,
  linkBlocksOfNote,
  outageTypeOfNote,
} from '../notes/index.js';

export const IPA_QUEUE = 'IPA Investigate';
export const ETHERNET_ACCESS_TYPE = 'Ethernet/T1/MPLS';

/** A line (logical id) of the edge that is a task of the ticket. */
export interface TicketLine {
  detailId: number;
  interface: string;
  serviceNumber: string;
}

/** What auto-resolve reads from an outage ticket for one edge (§2.9 steps 2–3). */
export interface AutoresolveFacts {
  /** The edge's task, or null when the ticket has none for the serial. */
  task: BruinTicketDetailShape | null;
  lines: TicketLine[];
  outageType: OutageType | null;
  /** Null when the cycle has no triage/reopen note. */
  hasDigi: boolean | null;
  hasByob: boolean | null;
  linkTypes: (string | null)[] | null;
  taskInIpaQueue: boolean;
  taskAssigned: boolean;
  anyEthernetLine: boolean;
  /** Epoch ms of the latest reopen note for the edge, else of the ticket's creation; null if unreadable. */
  lastOutageAt: number | null;
  /** Auto-resolve notes for the serial over the whole ticket. */
  autoresolveCount: number;
  taskResolved: boolean;
}

function isAssigned(task: BruinTicketDetailShape | null): boolean {
  const assigned = task?.assignedToName;
  return typeof assigned === 'string' && assigned.trim() !== '' && assigned !== '0';
}

/** Reads the facts of §2.9 from the ticket's details and notes. */
export function autoresolveFacts(input: {
  edge: MonitoredEdge;
  ticketCreatedAt: string | null | undefined;
  details: readonly BruinTicketDetailShape[];
  notes: readonly BruinTicketNoteShape[];
  byobLabels: readonly string[];
}): AutoresolveFacts {
  const { edge, details, notes } = input;
  const serial = edge.cached.serial_number;
  const task = details.find((detail) => detail.detailValue === serial) ?? null;

  const linkInterfaces = new Set(edge.status.links.map((link) => link.interface));
  const lines: TicketLine[] = [];
  for (const logical of edge.cached.logical_ids) {
    if (!linkInterfaces.has(logical.interface_name) || logical.service_number === null) continue;
    const detail = details.find((candidate) => candidate.detailValue === logical.service_number);
    if (detail === undefined) continue;
    lines.push({
      detailId: detail.detailID,
      interface: logical.interface_name,
      serviceNumber: logical.service_number,
    });
  }

  const serviceNumbers = new Set([serial, ...lines.map((line) => line.serviceNumber)]);
  const relevant = notes.filter(
    (note) =>
      typeof note.noteValue === 'string' &&
      (note.serviceNumber ?? []).some((number) => serviceNumbers.has(number)),
  );
  const cycle = notesSinceLatest(relevant, isReopenNote);
  const triage = cycle.find((note) => isTriageNote(note.noteValue) || isReopenNote(note.noteValue));
  const outageType =
    cycle.map((note) => outageTypeOfNote(note.noteValue)).find((type) => type !== null) ?? null;

  let hasDigi: boolean | null = null;
  let hasByob: boolean | null = null;
  let linkTypes: (string | null)[] | null = null;
  if (triage !== undefined) {
    const digiInterfaces = new Set(
      cycle.map((note) => digiNoteInterface(note.noteValue)).filter((name) => name !== null),
    );
    const faulty = linkBlocksOfNote(triage.noteValue).filter(
      (block) => block.status === 'DISCONNECTED',
    );
    hasDigi = faulty.some((block) => digiInterfaces.has(block.interface));
    hasByob = faulty.some((block) => isByobLabel(block.label, input.byobLabels));
    linkTypes = [...new Set(faulty.map((block) => block.type))];
  }

  const lastReopen = notesOldestFirst(relevant)
    .filter((note) => isReopenNote(note.noteValue))
    .at(-1);
  const lastOutageAt =
    lastReopen === undefined
      ? parseBruinDate(input.ticketCreatedAt)
      : parseBruinDate(lastReopen.createdDate);

  const lineInterfaces = new Set(lines.map((line) => line.interface));
  const anyEthernetLine = edge.cached.logical_ids.some(
    (logical) =>
      lineInterfaces.has(logical.interface_name) && logical.access_type === ETHERNET_ACCESS_TYPE,
  );

  return {
    task,
    lines,
    outageType,
    hasDigi,
    hasByob,
    linkTypes,
    taskInIpaQueue: task?.currentTaskName === IPA_QUEUE,
    taskAssigned: isAssigned(task),
    anyEthernetLine,
    lastOutageAt,
    autoresolveCount: notes.filter(
      (note) => isAutoresolveNote(note.noteValue) && (note.serviceNumber ?? []).includes(serial),
    ).length,
    taskResolved: task?.detailStatus === 'R',
  };
}
