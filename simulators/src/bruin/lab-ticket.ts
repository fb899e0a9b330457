import type {
  BruinAddress,
  BruinDetailStatus,
  BruinNoteType,
  BruinTicketStatus,
} from '@automation-engine/vendor-apis';

/** Ticket topics: code and label as Bruin pairs them. */
export const TICKET_TOPICS = {
  VOO: 'Service Outage Trouble',
  VAS: 'Service Affecting Trouble',
} as const;
export type TicketTopicCode = keyof typeof TICKET_TOPICS;

/** "Open" for the monitors. */
export const OPEN_TICKET_STATUSES: readonly BruinTicketStatus[] = ['New', 'InProgress', 'Draft'];

export interface LabTicketDetail {
  detailID: number;
  detailType: string;
  detailStatus: BruinDetailStatus;
  detailValue: string;
  assignedToName: string | null;
  currentTaskID: number;
  currentTaskKey: string;
  currentTaskName: string;
  lastUpdatedBy: number;
  lastUpdatedAt: number;
  paused: boolean;
}

export interface LabTicketNote {
  noteId: number;
  noteValue: string;
  serviceNumbers: string[];
  noteType: BruinNoteType;
  detailID: number | null;
  createdAt: number;
  creator: string;
}

/** One change of ticket or detail status, kept for the control API. */
export interface LabStatusChange {
  at: number;
  ticketStatus: BruinTicketStatus;
  detailID: number | null;
  detailStatus: BruinDetailStatus | null;
  actor: string;
  reason: string;
}

export interface LabTicketNotification {
  at: number;
  notificationType: string;
  serviceNumber: string;
  eventId: number;
}

export interface LabTicket {
  ticketID: number;
  clientID: number;
  clientName: string;
  ticketStatus: BruinTicketStatus;
  /** Product category (`SD-WAN`…): Bruin's `category` and the `ProductCategory` filter. */
  category: string;
  topicCode: string;
  topic: string;
  callType: string;
  createdAt: number;
  createdBy: string;
  severity: number;
  siteId: number | null;
  siteLabel: string | null;
  address: BruinAddress;
  description: string;
  /** False makes a repair request on this resolved ticket answer 471 instead of re-opening. */
  reopenable: boolean;
  details: LabTicketDetail[];
  notes: LabTicketNote[];
  history: LabStatusChange[];
  notifications: LabTicketNotification[];
  subscribers: { email: string; subscriptionType: string }[];
  contacts: unknown[];
}
