import type { Logger } from 'pino';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type {
  BridgeCaller,
  DecisionLog,
  GraceSettings,
  Notifier,
  TaskMetrics,
  TicketForwardStore,
} from '@automation-engine/monitoring';

/** The five outage types, in the order a cycle handles them, with their exact labels (§2.3). */
export const OUTAGE_TYPES = [
  'Link Down (no HA)',
  'Hard Down (no HA)',
  'Link Down (HA)',
  'Soft Down (HA)',
  'Hard Down (HA)',
] as const;
export type OutageType = (typeof OUTAGE_TYPES)[number];

/** A link of an edge as VeloCloud reports it now. */
export interface LinkStatus {
  interface: string;
  displayName: string | null;
  linkState: string | null;
  linkIpAddress: string | null;
}

/**
 * An edge's status now (§2.2): VeloCloud's edge fields, its links, and its HA state. A standby
 * copy of an HA edge has its serials and states swapped and `edgeIsHAPrimary` false.
 */
export interface EdgeStatus {
  host: string;
  enterpriseName: string;
  enterpriseId: number;
  edgeId: number;
  edgeName: string | null;
  edgeState: string;
  edgeSerialNumber: string;
  /** The partner's serial (HA on), else null. */
  edgeHASerialNumber: string | null;
  /** The partner's state: `CONNECTED` / `OFFLINE` (HA on), else null. */
  edgeHAState: string | null;
  /** True for the HA primary, false for its standby copy, null when HA is off. */
  edgeIsHAPrimary: boolean | null;
  links: LinkStatus[];
}

/** A cached edge joined with its status (by serial). */
export interface MonitoredEdge {
  cached: CustomerCacheEntry;
  status: EdgeStatus;
}

/** Label names of SOM's task metrics (§2.11): static first, then dynamic. */
export const OUTAGE_METRIC_LABELS = [
  'feature',
  'system',
  'topic',
  'host',
  'client',
  'outage_type',
  'severity',
  'has_digi',
  'has_byob',
  'link_types',
] as const;
export type OutageMetricLabel = (typeof OUTAGE_METRIC_LABELS)[number];
export type OutageMetrics = TaskMetrics<OutageMetricLabel>;

/** Everything SOM decides with, from its configuration (README has the variables). */
export interface OutageSettings {
  /** `ENVIRONMENT_NAME`, for messages. */
  environment: string;
  /** This instance's VCO host (`MONITORING__VELOCLOUD_HOST`); empty for the triage instance. */
  host: string;
  /** Seconds in quarantine per outage type. */
  quarantineSeconds: Readonly<Record<OutageType, number>>;
  severityEdgeDown: number;
  severityLinkDown: number;
  grace: GraceSettings;
  maxAutoresolvesPerTicket: number;
  digiRebootGraceSeconds: number;
  milestoneReminderWaitSeconds: number;
  businessGradeLinkLabels: readonly string[];
  /** `{host, enterprise_id, edge_id}` never monitored. */
  blacklistedEdges: readonly { host: string; enterprise_id: number; edge_id: number }[];
  hnocBlacklistedLabels: readonly string[];
  digiHeaders: readonly string[];
  umbrellaHosts: Readonly<Record<string, string>>;
  relevantClients: readonly string[];
  ipaSystemUsername: string;
  ipaQueueId: number;
  workerQueueId: number;
  productCategory: string;
  triage: {
    hosts: readonly string[];
    /** Minutes since the last triage/events note before a new events note. */
    lastNoteIntervalMinutes: number;
    maxEventsPerNote: number;
  };
  /** Bridge calls in flight at once. */
  concurrency: number;
}

/** What the cycle, the creation flow, auto-resolve and triage work with. */
export interface OutageDeps {
  bridges: BridgeCaller;
  notifier: Notifier;
  decisions: DecisionLog;
  forwards: TicketForwardStore;
  metrics: OutageMetrics;
  logger: Logger;
  now: () => Date;
  settings: OutageSettings;
}

/** The service's name: log field, forward `service`, task-dispatcher event subjects. */
export const SERVICE_NAME = 'service-outage-monitor';
