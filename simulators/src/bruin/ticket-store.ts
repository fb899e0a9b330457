import type {
  BruinDetailStatus,
  BruinNoteType,
  BruinTicketStatus,
} from '@automation-engine/vendor-apis';
import type { LabClock } from '../clock/lab-clock.js';
import { LabError } from '../errors.js';
import type { Fleet } from '../fleet/fleet-types.js';
import {
  TICKET_TOPICS,
  type LabTicket,
  type LabTicketDetail,
  type LabTicketNote,
} from './lab-ticket.js';
import { INITIAL_TASK_NAME } from './work-queues.js';

const FIRST_TICKET_ID = 7_300_000;
const FIRST_DETAIL_ID = 9_120_000;
const FIRST_NOTE_ID = 80_210_000;
const FIRST_TASK_ID = 10_877_000;
/** Bruin user id the lab writes as `lastUpdatedBy`/`enteredBy`. */
export const LAB_BRUIN_USER_ID = 550_120;

export interface NewTicket {
  clientId: number;
  topicCode: string;
  serviceNumbers: readonly string[];
  description: string;
  createdBy: string;
  status?: BruinTicketStatus;
  severity?: number;
  category?: string;
  createdAt?: number;
  reopenable?: boolean;
  contacts?: unknown[];
}

export interface TicketFilter {
  clientId?: number;
  ticketId?: number;
  serviceNumber?: string;
  statuses?: readonly string[];
  topic?: string;
  category?: string;
  siteId?: number;
  createdFrom?: number;
  createdTo?: number;
}

interface Change {
  actor: string;
  reason: string;
}

/**
 * Bruin's tickets in the lab: details, notes and status history, indexed by service number.
 * Ids restart from the same values after a reset, so a run is repeatable.
 */
export class TicketStore {
  readonly #fleet: Fleet;
  readonly #clock: LabClock;
  readonly #tickets = new Map<number, LabTicket>();
  readonly #byServiceNumber = new Map<string, Set<number>>();
  #nextTicket = FIRST_TICKET_ID;
  #nextDetail = FIRST_DETAIL_ID;
  #nextNote = FIRST_NOTE_ID;
  #nextTask = FIRST_TASK_ID;

  constructor(deps: { fleet: Fleet; clock: LabClock }) {
    this.#fleet = deps.fleet;
    this.#clock = deps.clock;
  }

  create(input: NewTicket): LabTicket {
    const client = this.#fleet.index.clientById.get(input.clientId);
    if (client === undefined)
      throw new LabError('BAD_REQUEST', `unknown client ${String(input.clientId)}`);
    const first = input.serviceNumbers[0];
    const doc = first === undefined ? undefined : this.activeInventory(first, input.clientId);
    const site = doc === undefined ? undefined : this.#fleet.index.siteById.get(doc.siteId);
    const createdAt = input.createdAt ?? this.#clock.now();
    const status = input.status ?? 'New';
    const topic = (TICKET_TOPICS as Record<string, string>)[input.topicCode] ?? input.topicCode;
    const ticket: LabTicket = {
      ticketID: this.#nextTicket,
      clientID: client.clientId,
      clientName: client.clientName,
      ticketStatus: status,
      category: input.category ?? doc?.productCategory ?? 'SD-WAN',
      topicCode: input.topicCode,
      topic,
      callType: 'REP',
      createdAt,
      createdBy: input.createdBy,
      severity: input.severity ?? 4,
      siteId: site?.siteId ?? null,
      siteLabel: site?.label ?? null,
      address: {
        address: site?.address.address ?? null,
        city: site?.address.city ?? null,
        state: site?.address.state ?? null,
        zip: site?.address.zip ?? null,
        country: site?.address.country ?? null,
      },
      description: input.description,
      reopenable: input.reopenable ?? true,
      details: [],
      notes: [],
      history: [],
      notifications: [],
      subscribers: [],
      contacts: input.contacts ?? [],
    };
    this.#nextTicket += 1;
    this.#tickets.set(ticket.ticketID, ticket);
    const detailStatus: BruinDetailStatus =
      status === 'Resolved' ? 'R' : status === 'Closed' ? 'C' : 'I';
    for (const serviceNumber of input.serviceNumbers) {
      this.addDetail(ticket, { serviceNumber, status: detailStatus, at: createdAt });
    }
    ticket.history.push({
      at: createdAt,
      ticketStatus: status,
      detailID: null,
      detailStatus: null,
      actor: input.createdBy,
      reason: 'created',
    });
    return ticket;
  }

  get(ticketId: number): LabTicket | undefined {
    return this.#tickets.get(ticketId);
  }

  require(ticketId: number): LabTicket {
    const ticket = this.#tickets.get(ticketId);
    if (ticket === undefined)
      throw new LabError('TICKET_NOT_FOUND', `no ticket ${String(ticketId)}`);
    return ticket;
  }

  /** Tickets matching every given filter, oldest first. */
  list(filter: TicketFilter = {}): LabTicket[] {
    const candidates =
      filter.serviceNumber !== undefined
        ? [...(this.#byServiceNumber.get(filter.serviceNumber) ?? [])].flatMap(
            (id) => this.#tickets.get(id) ?? [],
          )
        : [...this.#tickets.values()];
    const statuses = filter.statuses?.map((s) => normaliseStatus(s).toLowerCase());
    return candidates
      .filter(
        (t) =>
          (filter.clientId === undefined || t.clientID === filter.clientId) &&
          (filter.ticketId === undefined || t.ticketID === filter.ticketId) &&
          (statuses === undefined || statuses.includes(t.ticketStatus.toLowerCase())) &&
          (filter.topic === undefined ||
            sameText(filter.topic, t.topicCode) ||
            sameText(filter.topic, t.topic)) &&
          (filter.category === undefined || sameText(filter.category, t.category)) &&
          (filter.siteId === undefined || t.siteId === filter.siteId) &&
          (filter.createdFrom === undefined || t.createdAt >= filter.createdFrom) &&
          (filter.createdTo === undefined || t.createdAt <= filter.createdTo),
      )
      .sort((a, b) => a.createdAt - b.createdAt || a.ticketID - b.ticketID);
  }

  /** The active inventory document of a service number for a client (edge, standby or circuit). */
  activeInventory(serviceNumber: string, clientId: number) {
    return this.#fleet.index.inventoryByServiceNumber
      .get(serviceNumber)
      ?.find((d) => d.status === 'A' && d.clientId === clientId);
  }

  addDetail(
    ticket: LabTicket,
    args: { serviceNumber: string; status?: BruinDetailStatus; at?: number },
  ): LabTicketDetail {
    const at = args.at ?? this.#clock.now();
    const detail: LabTicketDetail = {
      detailID: this.#nextDetail,
      detailType: 'Repair_WTN',
      detailStatus: args.status ?? 'I',
      detailValue: args.serviceNumber,
      assignedToName: '0',
      currentTaskID: this.#nextTask,
      currentTaskKey: '344',
      currentTaskName: INITIAL_TASK_NAME,
      lastUpdatedBy: LAB_BRUIN_USER_ID,
      lastUpdatedAt: at,
      paused: false,
    };
    this.#nextDetail += 1;
    this.#nextTask += 1;
    ticket.details.push(detail);
    const ids = this.#byServiceNumber.get(args.serviceNumber) ?? new Set<number>();
    ids.add(ticket.ticketID);
    this.#byServiceNumber.set(args.serviceNumber, ids);
    return detail;
  }

  requireDetail(ticket: LabTicket, detailId: number): LabTicketDetail {
    const detail = ticket.details.find((d) => d.detailID === detailId);
    if (detail === undefined) {
      throw new LabError(
        'DETAIL_NOT_FOUND',
        `ticket ${String(ticket.ticketID)} has no detail ${String(detailId)}`,
      );
    }
    return detail;
  }

  addNote(
    ticket: LabTicket,
    note: {
      text: string;
      serviceNumbers: string[];
      noteType?: BruinNoteType;
      detailId?: number | null;
      creator: string;
    },
  ): LabTicketNote {
    const stored: LabTicketNote = {
      noteId: this.#nextNote,
      noteValue: note.text,
      serviceNumbers: note.serviceNumbers,
      noteType: note.noteType ?? 'ADN',
      detailID: note.detailId ?? null,
      createdAt: this.#clock.now(),
      creator: note.creator,
    };
    this.#nextNote += 1;
    ticket.notes.push(stored);
    return stored;
  }

  /** Sets a detail's status and derives the ticket's: all resolved → Resolved, one open → InProgress. */
  setDetailStatus(
    ticket: LabTicket,
    detail: LabTicketDetail,
    change: Change & { status: BruinDetailStatus },
  ): void {
    const { status, actor, reason } = change;
    const at = this.#clock.now();
    detail.detailStatus = status;
    detail.lastUpdatedAt = at;
    const allDone = ticket.details.every((d) => d.detailStatus !== 'I');
    const next: BruinTicketStatus =
      allDone && ticket.ticketStatus !== 'Closed'
        ? 'Resolved'
        : !allDone && (ticket.ticketStatus === 'Resolved' || ticket.ticketStatus === 'Closed')
          ? 'InProgress'
          : ticket.ticketStatus;
    ticket.ticketStatus = next;
    ticket.history.push({
      at,
      ticketStatus: next,
      detailID: detail.detailID,
      detailStatus: status,
      actor,
      reason,
    });
  }

  setTicketStatus(ticket: LabTicket, status: BruinTicketStatus, change: Change): void {
    ticket.ticketStatus = status;
    ticket.history.push({
      at: this.#clock.now(),
      ticketStatus: status,
      detailID: null,
      detailStatus: null,
      ...change,
    });
  }

  /** Moves a detail to another task (work queue). */
  assignTask(detail: LabTicketDetail, taskName: string): void {
    detail.currentTaskName = taskName;
    detail.currentTaskID = this.#nextTask;
    detail.lastUpdatedAt = this.#clock.now();
    this.#nextTask += 1;
  }

  reset(): void {
    this.#tickets.clear();
    this.#byServiceNumber.clear();
    this.#nextTicket = FIRST_TICKET_ID;
    this.#nextDetail = FIRST_DETAIL_ID;
    this.#nextNote = FIRST_NOTE_ID;
    this.#nextTask = FIRST_TASK_ID;
  }
}

/** `In-Progress` and `InProgress` are the same status. */
export function normaliseStatus(status: string): string {
  return status.replace(/-/g, '');
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
