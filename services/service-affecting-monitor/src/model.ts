import type { Logger } from 'pino';
import type {
  BridgeCaller,
  DecisionLog,
  GraceSettings,
  Notifier,
  TaskMetrics,
  TicketForwardStore,
} from '@automation-engine/monitoring';
import { ANY_HEADER_SOURCE, noteStartsWith } from '@automation-engine/monitoring';

/** The five troubles, with their exact `Trouble:` labels (§3.3). */
export const TROUBLES = [
  'Latency',
  'Packet Loss',
  'Jitter',
  'Bandwidth Over Utilization',
  'Circuit Instability',
] as const;
export type Trouble = (typeof TROUBLES)[number];

export function isTrouble(text: string): text is Trouble {
  return (TROUBLES as readonly string[]).includes(text);
}

const TROUBLE_LINE = /^Trouble: (.+)$/m;
const TROUBLE_NOTE = new RegExp(`^${ANY_HEADER_SOURCE}\\n(?:Re-opening ticket\\.\\n\\n)?Trouble: `);

/** An affecting trouble note (creation, append or reopen; either header). */
export function isTroubleNote(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && TROUBLE_NOTE.test(text);
}

/** The trouble of a trouble note; null when the note is not one or names no known trouble. */
export function troubleOfNote(text: string | null | undefined): Trouble | null {
  if (!isTroubleNote(text)) return null;
  const match = TROUBLE_LINE.exec(text ?? '');
  const label = match?.[1]?.trim() ?? '';
  return isTrouble(label) ? label : null;
}

/** A reopen trouble note (`Re-opening ticket.` after the header). */
export const isReopenNote = noteStartsWith('Re-opening');

/** An auto-resolve note of SAM (`Auto-resolving task for serial`). */
export const isAutoresolveNote = noteStartsWith('All Service Affecting conditions');

/** Label names of SAM's task metrics (§3.9): static first, then dynamic. */
export const AFFECTING_METRIC_LABELS = [
  'feature',
  'system',
  'topic',
  'severity',
  'host',
  'client',
  'trouble',
  'has_byob',
  'link_types',
] as const;
export type AffectingMetricLabel = (typeof AFFECTING_METRIC_LABELS)[number];
export type AffectingMetrics = TaskMetrics<AffectingMetricLabel>;

/** Thresholds of one kind of link (wired or wireless). */
export interface Thresholds {
  latencyMs: number;
  packetLoss: number;
  jitterMs: number;
  bandwidthPct: number;
  circuitInstabilityEvents: number;
}

/** Look-back windows, minutes, of one kind of link. */
export interface LookupMinutes {
  latency: number;
  packetLoss: number;
  jitter: number;
  bandwidth: number;
  circuitInstability: number;
}

/** The look-back window, minutes, of one trouble (the cycle's query and the note's text). */
export function lookupMinutesOf(trouble: Trouble, lookup: LookupMinutes): number {
  switch (trouble) {
    case 'Latency':
      return lookup.latency;
    case 'Packet Loss':
      return lookup.packetLoss;
    case 'Jitter':
      return lookup.jitter;
    case 'Bandwidth Over Utilization':
      return lookup.bandwidth;
    case 'Circuit Instability':
      return lookup.circuitInstability;
  }
}

/** A default contact of a client (`DEFAULT_CONTACT_INFO_PER_CUSTOMER`). */
export interface DefaultContact {
  email: string;
  name: string;
  type: string;
  phone?: string | null | undefined;
}

/** Everything SAM decides with, from its configuration (README has the variables). */
export interface AffectingSettings {
  environment: string;
  /** This instance's VCO host (`MONITORED_VELOCLOUD_HOST`). */
  host: string;
  wired: { thresholds: Thresholds; lookupMinutes: LookupMinutes };
  wireless: { thresholds: Thresholds; lookupMinutes: LookupMinutes };
  autoresolveLookupMinutes: number;
  circuitInstabilityAutoresolveThreshold: number;
  grace: GraceSettings;
  maxAutoresolvesPerTicket: number;
  milestoneReminderWaitSeconds: number;
  /** `{client_id or "*": contacts}` for this host. */
  defaultContacts: Readonly<Record<string, readonly DefaultContact[]>>;
  customersAlwaysUsingDefaultContacts: readonly number[];
  customersWithBandwidthDisabled: readonly number[];
  hnocBlacklistedLabels: readonly string[];
  asrBlacklistedLabels: readonly string[];
  umbrellaHosts: Readonly<Record<string, string>>;
  relevantClients: readonly string[];
  ipaSystemUsername: string;
  productCategory: string;
  timezone: string;
  concurrency: number;
}

/** What the cycle, auto-resolve and reports work with. */
export interface AffectingDeps {
  bridges: BridgeCaller;
  notifier: Notifier;
  decisions: DecisionLog;
  forwards: TicketForwardStore;
  metrics: AffectingMetrics;
  logger: Logger;
  now: () => Date;
  settings: AffectingSettings;
}

export const SERVICE_NAME = 'service-affecting-monitor';
