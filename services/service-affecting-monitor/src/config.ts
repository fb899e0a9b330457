import { z } from 'zod';
import { envInt, envJson, envString, type DeepReadonly } from '@automation-engine/config';
import { monitorEnv } from '@automation-engine/monitoring';
import { reportsEnv } from './reports/reports-env.js';
import type { AffectingSettings, LookupMinutes, Thresholds } from './model.js';

const seconds = (fallback: number) => envInt({ min: 60 }).default(fallback);
const count = (fallback: number) => envInt({ min: 0 }).default(fallback);
const clientIds = envJson(z.array(z.number().int()), 'a JSON list of Bruin client ids');

const defaultContact = z.object({
  email: z.string().min(1),
  name: z.string().min(1),
  type: z.string().min(1),
  phone: z.string().nullish(),
});

/**
 * SAM's variables (spec §3.1), defaulting to the original's production values, plus the shared
 * monitor ones and the reports' ones. Durations are seconds; lookups are used in whole minutes.
 */
export const serviceEnv = {
  ...monitorEnv,
  ...reportsEnv,
  /** The VCO host this instance monitors (one deployment per host). */
  MONITORED_VELOCLOUD_HOST: envString().min(1),
  MONITORING__MONITORING_JOB_INTERVAL: seconds(600),

  MONITORING__LATENCY_MONITORING_THRESHOLD: count(140),
  MONITORING__PACKET_LOSS_MONITORING_THRESHOLD: count(8),
  MONITORING__JITTER_MONITORING_THRESHOLD: count(50),
  MONITORING__BANDWIDTH_OVER_UTILIZATION_MONITORING_THRESHOLD: count(80),
  MONITORING__CIRCUIT_INSTABILITY_MONITORING_THRESHOLD: count(10),
  MONITORING__WIRELESS_LATENCY_MONITORING_THRESHOLD: count(140),
  MONITORING__WIRELESS_PACKET_LOSS_MONITORING_THRESHOLD: count(10),
  MONITORING__WIRELESS_JITTER_MONITORING_THRESHOLD: count(50),
  MONITORING__WIRELESS_BANDWIDTH_OVER_UTILIZATION_MONITORING_THRESHOLD: count(80),
  MONITORING__WIRELESS_CIRCUIT_INSTABILITY_MONITORING_THRESHOLD: count(10),

  MONITORING__LATENCY_MONITORING_LOOKUP_INTERVAL: seconds(1_800),
  MONITORING__PACKET_LOSS_MONITORING_LOOKUP_INTERVAL: seconds(1_800),
  MONITORING__JITTER_MONITORING_LOOKUP_INTERVAL: seconds(1_800),
  MONITORING__BANDWIDTH_OVER_UTILIZATION_MONITORING_LOOKUP_INTERVAL: seconds(1_800),
  MONITORING__CIRCUIT_INSTABILITY_MONITORING_LOOKUP_INTERVAL: seconds(3_600),
  MONITORING__WIRELESS_LATENCY_MONITORING_LOOKUP_INTERVAL: seconds(5_400),
  MONITORING__WIRELESS_PACKET_LOSS_MONITORING_LOOKUP_INTERVAL: seconds(5_400),
  MONITORING__WIRELESS_JITTER_MONITORING_LOOKUP_INTERVAL: seconds(5_400),
  MONITORING__WIRELESS_BANDWIDTH_OVER_UTILIZATION_MONITORING_LOOKUP_INTERVAL: seconds(5_400),
  MONITORING__WIRELESS_CIRCUIT_INSTABILITY_MONITORING_LOOKUP_INTERVAL: seconds(3_600),

  MONITORING__AUTORESOLVE_LOOKUP_INTERVAL: seconds(1_200),
  MONITORING__CIRCUIT_INSTABILITY_AUTORESOLVE_THRESHOLD: count(4),
  MONITORING__AUTORESOLVE_DAY_START_HOUR: envInt({ min: 0, max: 23 }).default(8),
  MONITORING__AUTORESOLVE_DAY_END_HOUR: envInt({ min: 0, max: 23 }).default(0),
  MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_DAY_TIME: count(5_400),
  MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_NIGHT_TIME: count(10_800),
  MONITORING__MAX_AUTORESOLVES_PER_TICKET: count(3),
  MONITORING__WAIT_TIME_BEFORE_SENDING_NEW_MILESTONE_REMINDER: count(86_400),

  /** `{host: {client_id or "*": [{email, name, type, phone?}]}}`; only these clients are monitored. */
  MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: envJson(
    z.record(z.string(), z.record(z.string(), z.array(defaultContact))),
    'a JSON object {host: {client_id or "*": [{email, name, type, phone?}]}}',
  ).default({}),
  MONITORING__CUSTOMERS_TO_ALWAYS_USE_DEFAULT_CONTACT_INFO: clientIds.default([83109]),
  MONITORING__CUSTOMERS_WITH_BANDWIDTH_MONITORING_DISABLED: clientIds.default([83109]),
};

export type AffectingEnv = { [K in keyof typeof serviceEnv]: z.output<(typeof serviceEnv)[K]> };

/** The variables `settingsOf` reads (the reports read theirs with `reportSettingsOf`). */
type SettingsSource = Omit<
  AffectingEnv,
  keyof typeof reportsEnv | 'REDIS_TASK_DISPATCHER_URL' | 'BRUIN_WRITES'
> & { ENVIRONMENT_NAME: string };

/** Whole minutes of a lookup in seconds, as the original (`// 60`). */
const minutes = (value: number): number => Math.floor(value / 60);

/** What the cycle decides with, out of the parsed configuration. */
export function settingsOf(config: DeepReadonly<SettingsSource>): AffectingSettings {
  const thresholds = (prefix: '' | 'WIRELESS_'): Thresholds => ({
    latencyMs: config[`MONITORING__${prefix}LATENCY_MONITORING_THRESHOLD`],
    packetLoss: config[`MONITORING__${prefix}PACKET_LOSS_MONITORING_THRESHOLD`],
    jitterMs: config[`MONITORING__${prefix}JITTER_MONITORING_THRESHOLD`],
    bandwidthPct: config[`MONITORING__${prefix}BANDWIDTH_OVER_UTILIZATION_MONITORING_THRESHOLD`],
    circuitInstabilityEvents:
      config[`MONITORING__${prefix}CIRCUIT_INSTABILITY_MONITORING_THRESHOLD`],
  });
  const lookups = (prefix: '' | 'WIRELESS_'): LookupMinutes => ({
    latency: minutes(config[`MONITORING__${prefix}LATENCY_MONITORING_LOOKUP_INTERVAL`]),
    packetLoss: minutes(config[`MONITORING__${prefix}PACKET_LOSS_MONITORING_LOOKUP_INTERVAL`]),
    jitter: minutes(config[`MONITORING__${prefix}JITTER_MONITORING_LOOKUP_INTERVAL`]),
    bandwidth: minutes(
      config[`MONITORING__${prefix}BANDWIDTH_OVER_UTILIZATION_MONITORING_LOOKUP_INTERVAL`],
    ),
    circuitInstability: minutes(
      config[`MONITORING__${prefix}CIRCUIT_INSTABILITY_MONITORING_LOOKUP_INTERVAL`],
    ),
  });
  const host = config.MONITORED_VELOCLOUD_HOST;
  return {
    environment: config.ENVIRONMENT_NAME,
    host,
    wired: { thresholds: thresholds(''), lookupMinutes: lookups('') },
    wireless: { thresholds: thresholds('WIRELESS_'), lookupMinutes: lookups('WIRELESS_') },
    autoresolveLookupMinutes: minutes(config.MONITORING__AUTORESOLVE_LOOKUP_INTERVAL),
    circuitInstabilityAutoresolveThreshold:
      config.MONITORING__CIRCUIT_INSTABILITY_AUTORESOLVE_THRESHOLD,
    grace: {
      dayStartHour: config.MONITORING__AUTORESOLVE_DAY_START_HOUR,
      dayEndHour: config.MONITORING__AUTORESOLVE_DAY_END_HOUR,
      daySeconds:
        config.MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_DAY_TIME,
      nightSeconds:
        config.MONITORING__GRACE_PERIOD_TO_AUTORESOLVE_AFTER_LAST_DOCUMENTED_TROUBLE_NIGHT_TIME,
    },
    maxAutoresolvesPerTicket: config.MONITORING__MAX_AUTORESOLVES_PER_TICKET,
    milestoneReminderWaitSeconds:
      config.MONITORING__WAIT_TIME_BEFORE_SENDING_NEW_MILESTONE_REMINDER,
    defaultContacts: config.MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER[host] ?? {},
    customersAlwaysUsingDefaultContacts:
      config.MONITORING__CUSTOMERS_TO_ALWAYS_USE_DEFAULT_CONTACT_INFO,
    customersWithBandwidthDisabled: config.MONITORING__CUSTOMERS_WITH_BANDWIDTH_MONITORING_DISABLED,
    hnocBlacklistedLabels: config.LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS,
    asrBlacklistedLabels: config.LINK_LABELS_BLACKLISTED_FROM_ASR_FORWARDS,
    umbrellaHosts: config.UMBRELLA_HOSTS,
    relevantClients: config.METRICS_RELEVANT_CLIENTS,
    ipaSystemUsername: config.IPA_SYSTEM_USERNAME_IN_BRUIN,
    productCategory: config.MONITORED_PRODUCT_CATEGORY,
    timezone: config.TIMEZONE,
    concurrency: config.BRIDGE_CONCURRENCY,
  };
}
