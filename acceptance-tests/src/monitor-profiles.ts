import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceSpec } from './engine-harness.js';

/** The host the outage and affecting monitors of the flows watch. */
export const MONITORED_HOST = 'mettel.velocloud.net';

/**
 * Quarantine of every outage type, seconds: short so that a flow sees its ticket within a few
 * cycles, long enough to be told apart from "created at once".
 */
export const QUARANTINE_SECONDS = 2;

/** Cycle period of the monitors, seconds. */
export const CYCLE_SECONDS = 3;

/**
 * Grace period (day and night alike, so that the hour of the run does not matter), seconds.
 * Auto-resolve needs the outage documented within it, and a Link Down forward is due
 * grace ÷ 60 minutes later: 10 minutes, well after any flow ends.
 */
export const GRACE_SECONDS = 600;

/** The lab's work-queue ids (simulators/src/bruin/work-queues.ts) for the IPA and worker queues. */
export const LAB_IPA_QUEUE_ID = 141;
export const LAB_WORKER_QUEUE_ID = 144;

/** service-outage-monitor on one host, writing to the lab's Bruin, with short intervals. */
export function outageMonitor(
  options: { label?: string; host?: string; env?: Record<string, string> } = {},
): ServiceSpec {
  const quarantine = String(QUARANTINE_SECONDS);
  return {
    service: 'service-outage-monitor',
    label: options.label ?? 'service-outage-monitor',
    env: {
      MONITORING__VELOCLOUD_HOST: options.host ?? MONITORED_HOST,
      ENABLE_TRIAGE_MONITORING: '0',
      BRUIN_WRITES: 'live',
      MONITORING__MONITORING_JOB_INTERVAL: String(CYCLE_SECONDS),
      MONITORING__QUARANTINE_FOR_EDGES_IN_LINK_DOWN_OUTAGE: quarantine,
      MONITORING__QUARANTINE_FOR_EDGES_IN_HARD_DOWN_OUTAGE: quarantine,
      MONITORING__QUARANTINE_FOR_EDGES_IN_HA_LINK_DOWN_OUTAGE: quarantine,
      MONITORING__QUARANTINE_FOR_EDGES_IN_HA_SOFT_DOWN_OUTAGE: quarantine,
      MONITORING__QUARANTINE_FOR_EDGES_IN_HA_HARD_DOWN_OUTAGE: quarantine,
      MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_DAY_TIME:
        String(GRACE_SECONDS),
      MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_OUTAGE_NIGHT_TIME:
        String(GRACE_SECONDS),
      TICKET_TASK_IPA_QUEUE_ID: String(LAB_IPA_QUEUE_ID),
      TICKET_TASK_WORKER_QUEUE_ID: String(LAB_WORKER_QUEUE_ID),
      ...options.env,
    },
  };
}

/** Who gets the affecting monitor's tickets: every cached client of the monitored host. */
export const DEFAULT_CONTACTS = [
  { email: 'noc-ticket@lab.example', name: 'Lab NOC', type: 'ticket', phone: '5550100' },
  { email: 'noc-site@lab.example', name: 'Lab Site', type: 'site', phone: '5550101' },
];

/**
 * service-affecting-monitor on one host, writing to the lab's Bruin. Its cycle interval is whole
 * minutes (60 s at least), so flows run one cycle per process: a cycle runs at start, and
 * {@link runAffectingCycle} stops the process once it finished; state lives in Bruin and Redis.
 */
export function affectingMonitor(
  options: { label?: string; host?: string; env?: Record<string, string> } = {},
): ServiceSpec {
  const host = options.host ?? MONITORED_HOST;
  return {
    service: 'service-affecting-monitor',
    label: options.label ?? 'service-affecting-monitor',
    env: {
      MONITORED_VELOCLOUD_HOST: host,
      BRUIN_WRITES: 'live',
      MONITORING__MONITORING_JOB_INTERVAL: '3600',
      MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: JSON.stringify({
        [host]: { '*': DEFAULT_CONTACTS },
      }),
      MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_DAY_TIME:
        String(GRACE_SECONDS),
      MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_NIGHT_TIME:
        String(GRACE_SECONDS),
      REPORTS_DIR: join(tmpdir(), `acceptance-reports-${String(process.pid)}`),
      ...options.env,
    },
  };
}
