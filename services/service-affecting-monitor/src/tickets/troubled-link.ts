import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { LinkMetricInfo, VcoEventRecord } from '@automation-engine/contracts/velocloud';
import type { CheckContext } from '../decisions/detect-trouble.js';
import type { TicketContacts } from '../decisions/contacts.js';

/** A link in trouble, with what the ticket flow needs to document it. */
export interface TroubledLink {
  cached: CustomerCacheEntry;
  /** The Bruin client of the edge (monitored edges always have one). */
  clientId: number;
  metrics: LinkMetricInfo;
  iface: string;
  /** The link's label (`displayName`). */
  label: string | null;
  /** LINK_DEAD events of the link in the circuit-instability window. */
  events: readonly VcoEventRecord[];
  /** Thresholds and windows of the link's kind. */
  context: CheckContext;
  contacts: TicketContacts;
}

export const HNOC_QUEUE = 'HNOC Investigate';
export const ASR_QUEUE = 'ASR Investigate';
export const ASR_TASK_RESULT = 'No Trouble Found - Carrier Issue';
export const BYOB_ACKNOWLEDGEMENT_EMAIL = 'TicketBYOBAffectingRepairAcknowledgement-E-Mail';
export const BYOB_REMINDER_EMAIL = 'TicketBYOBAffectingRepairReminder-E-Mail';
export const OPEN_STATUSES = ['New', 'InProgress', 'Draft'];
export const RESOLVED_STATUSES = ['Resolved'];
