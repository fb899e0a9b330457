import { z } from 'zod';
import { envInt, envJson, envString, envUrl } from '@automation-engine/config';
import { writeModeEnv } from '../decisions/write-mode.js';

const labelList = (expected: string) => envJson(z.array(z.string()), expected);

/**
 * Variables every ticketing monitor reads (spec §1), defaulting to the original's production
 * values. Each monitor adds its own (`MONITORING__…`).
 */
export const monitorEnv = {
  ...writeModeEnv,
  /** Redis of the deferred forwards; default the claim-check one (`REDIS_URL`). */
  REDIS_TASK_DISPATCHER_URL: envUrl({ protocols: ['redis', 'rediss'] }).optional(),
  /** Link labels (any case, contained) that never go to HNOC: BYOB links. */
  LINK_LABELS_BLACKLISTED_FROM_HNOC_FORWARDS: labelList('a JSON list of labels').default([
    'byob',
    'customer owned',
    'client owned',
    'customer provided',
    'client provided',
  ]),
  /** Link labels never forwarded to ASR (an IP-address label is excluded too). */
  LINK_LABELS_BLACKLISTED_FROM_ASR_FORWARDS: labelList('a JSON list of labels').default([
    'byob',
    'customer owned',
    'client owned',
    'customer provided',
    'client provided',
    'piab',
  ]),
  /** `{host prefix: client label}` for the `client` metrics label. */
  UMBRELLA_HOSTS: envJson(z.record(z.string(), z.string()), 'a JSON object {host: label}').default({
    'metvco04.mettel.net': 'FIS',
    'metconfvco01-ic1.mettel.net': 'Confie',
  }),
  /** Client names that get their own `client` label. */
  METRICS_RELEVANT_CLIENTS: labelList('a JSON list of client names').default([
    'RSI',
    'OReilly Auto Parts',
    'Sterling Jewelers, Inc.',
  ]),
  /** Bruin user of the tickets the engine created (auto-resolve only touches those). */
  IPA_SYSTEM_USERNAME_IN_BRUIN: envString().default('Intelygenz Ai'),
  /** Product category of monitored services. */
  MONITORED_PRODUCT_CATEGORY: envString().default('SD-WAN'),
  /** IANA zone of the original's schedules and of report dates. */
  TIMEZONE: envString().default('US/Eastern'),
  /** Bridge calls waiting at once (details, notes…) during a cycle. */
  BRIDGE_CONCURRENCY: envInt({ min: 1, max: 256 }).default(10),
};

export type MonitorEnv = { [K in keyof typeof monitorEnv]: z.output<(typeof monitorEnv)[K]> };
