import { z } from 'zod';
import {
  ConfigError,
  type DeepReadonly,
  envBoolean,
  envInt,
  envJson,
  envString,
} from '@automation-engine/config';
import { monitorEnv } from '@automation-engine/monitoring';
import type { OutageSettings, OutageType } from './model.js';

const seconds = (fallback: number) => envInt({ min: 0 }).default(fallback);

const blacklistedEdge = z.object({
  host: z.string(),
  enterprise_id: z.number().int(),
  edge_id: z.number().int(),
});

/** SOM's variables (spec §2.1), defaulting to the original's production values. */
export const serviceEnv = {
  ...monitorEnv,
  /** The VCO host this instance monitors; required unless this is the triage instance. */
  MONITORING__VELOCLOUD_HOST: envString().optional(),
  /** `1`: this instance runs only the triage job. */
  ENABLE_TRIAGE_MONITORING: envBoolean().default(false),
  MONITORING__MONITORING_JOB_INTERVAL: envInt({ min: 1 }).default(600),
  MONITORING__QUARANTINE_FOR_EDGES_IN_LINK_DOWN_OUTAGE: seconds(180),
  MONITORING__QUARANTINE_FOR_EDGES_IN_HARD_DOWN_OUTAGE: seconds(180),
  MONITORING__QUARANTINE_FOR_EDGES_IN_HA_LINK_DOWN_OUTAGE: seconds(180),
  MONITORING__QUARANTINE_FOR_EDGES_IN_HA_SOFT_DOWN_OUTAGE: seconds(180),
  MONITORING__QUARANTINE_FOR_EDGES_IN_HA_HARD_DOWN_OUTAGE: seconds(180),
  MONITORING__SEVERITY_FOR_EDGE_DOWN_OUTAGES: envInt({ min: 1, max: 4 }).default(2),
  MONITORING__SEVERITY_FOR_LINK_DOWN_OUTAGES: envInt({ min: 1, max: 4 }).default(3),
  MONITORING__AUTORESOLVE_DAY_START_HOUR: envInt({ min: 0, max: 23 }).default(8),
  MONITORING__AUTORESOLVE_DAY_END_HOUR: envInt({ min: 0, max: 23 }).default(0),
  MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_DAY_TIME: seconds(5_400),
  MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_NIGHT_TIME: seconds(10_800),
  MONITORING__MAX_AUTORESOLVES_PER_TICKET: envInt({ min: 0 }).default(3),
  MONITORING__GRACE_PERIOD_BEFORE_ATTEMPTING_NEW_DIGI_REBOOTS: seconds(1_800),
  MONITORING__WAIT_TIME_BEFORE_SENDING_NEW_MILESTONE_REMINDER: seconds(86_400),
  /** Labels (case-sensitive, contained) of business-grade links. */
  MONITORING__BUSINESS_GRADE_LINK_LABELS: envJson(
    z.array(z.string()),
    'a JSON list of labels',
  ).default(['DIA', 'MPLS']),
  /** Edges never monitored: JSON list of `{host, enterprise_id, edge_id}`. */
  MONITORING__BLACKLISTED_EDGES: envJson(
    z.array(blacklistedEdge),
    'a JSON list of {host, enterprise_id, edge_id}',
  ).default([]),
  /** Logical-id prefixes of DiGi links. */
  DIGI_HEADERS: envJson(z.array(z.string()), 'a JSON list of MAC prefixes').default([
    '00:04:2d',
    '00:27:04',
  ]),
  TICKET_TASK_IPA_QUEUE_ID: envInt({ min: 0 }).default(1_327),
  TICKET_TASK_WORKER_QUEUE_ID: envInt({ min: 0 }).default(1_547),
  /** VCO hosts the triage instance looks at. */
  TRIAGE__MONITORED_VELOCLOUD_HOSTS: envJson(
    z.array(z.string().min(1)),
    'a JSON list of VCO host names',
  ).default([]),
  TRIAGE__MONITORING_JOB_INTERVAL: envInt({ min: 1 }).default(600),
  TRIAGE__LAST_NOTE_INTERVAL: seconds(3_600),
  TRIAGE__MAX_EVENTS_PER_EVENT_NOTE: envInt({ min: 1 }).default(15),
};

export type OutageEnv = z.output<z.ZodObject<typeof serviceEnv>>;

/** The config a kit hands over: SOM's variables plus the base one settingsOf reads. */
export type OutageConfig = DeepReadonly<OutageEnv> & { readonly ENVIRONMENT_NAME: string };

/**
 * Checks what one variable alone cannot: a monitoring instance needs its host. Throws the kit's
 * ConfigError so a bad deployment fails at start with the variable named.
 */
export function checkOutageConfig(config: {
  ENABLE_TRIAGE_MONITORING: boolean;
  MONITORING__VELOCLOUD_HOST?: string | undefined;
}): void {
  if (!config.ENABLE_TRIAGE_MONITORING && (config.MONITORING__VELOCLOUD_HOST ?? '') === '') {
    throw new ConfigError([
      {
        variable: 'MONITORING__VELOCLOUD_HOST',
        message: 'required unless ENABLE_TRIAGE_MONITORING=1',
      },
    ]);
  }
}

/** What the flows decide with, from the parsed configuration. */
export function settingsOf(config: OutageConfig): OutageSettings {
  checkOutageConfig(config);
  const quarantineSeconds: Record<OutageType, number> = {
    'Link Down (no HA)': config.MONITORING__QUARANTINE_FOR_EDGES_IN_LINK_DOWN_OUTAGE,
    'Hard Down (no HA)': config.MONITORING__QUARANTINE_FOR_EDGES_IN_HARD_DOWN_OUTAGE,
    'Link Down (HA)': config.MONITORING__QUARANTINE_FOR_EDGES_IN_HA_LINK_DOWN_OUTAGE,
    'Soft Down (HA)': config.MONITORING__QUARANTINE_FOR_EDGES_IN_HA_SOFT_DOWN_OUTAGE,
    'Hard Down (HA)': config.MONITORING__QUARANTINE_FOR_EDGES_IN_HA_HARD_DOWN_OUTAGE,
  };
  return {
    environment: config.ENVIRONMENT_NAME,
    host: config.MONITORING__VELOCLOUD_HOST ?? '',
    quarantineSeconds,
    severityEdgeDown: config.MONITORING__SEVERITY_FOR_EDGE_DOWN_OUTAGES,
    severityLinkDown: config.MONITORING__SEVERITY_FOR_LINK_DOWN_OUTAGES,
    grace: {
      dayStartHour: config.MONITORING__AUTORESOLVE_DAY_START_HOUR,
      dayEndHour: config.MONITORING__AUTORESOLVE_DAY_END_HOUR,
      daySeconds:
        config.MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_DAY_TIME,
      nightSeconds:
        config.MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_NIGHT_TIME,
    },
    maxAutoresolvesPerTicket: config.MONITORING__MAX_AUTORESOLVES_PER_TICKET,
    digiRebootGraceSeconds: config.MONITORING__GRACE_PERIOD_BEFORE_ATTEMPTING_NEW_DIGI_REBOOTS,
    milestoneReminderWaitSeconds:
      config.MONITORING__WAIT_TIME_BEFORE_SENDING_NEW_MILESTONE_REMINDER,
    businessGradeLinkLabels: [...config.MONITORING__BUSINESS_GRADE_LINK_LABELS],
    blacklistedEdges: config.MONITORING__BLACKLISTED_EDGES.map((edge) => ({ ...edge })),
    hnocBlacklistedLabels: [...config.LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS],
    digiHeaders: [...config.DIGI_HEADERS],
    umbrellaHosts: { ...config.UMBRELLA_HOSTS },
    relevantClients: [...config.METRICS_RELEVANT_CLIENTS],
    ipaSystemUsername: config.IPA_SYSTEM_USERNAME_IN_BRUIN,
    ipaQueueId: config.TICKET_TASK_IPA_QUEUE_ID,
    workerQueueId: config.TICKET_TASK_WORKER_QUEUE_ID,
    productCategory: config.MONITORED_PRODUCT_CATEGORY,
    triage: {
      hosts: [...config.TRIAGE__MONITORED_VELOCLOUD_HOSTS],
      lastNoteIntervalMinutes: config.TRIAGE__LAST_NOTE_INTERVAL / 60,
      maxEventsPerNote: config.TRIAGE__MAX_EVENTS_PER_EVENT_NOTE,
    },
    concurrency: config.BRIDGE_CONCURRENCY,
  };
}
