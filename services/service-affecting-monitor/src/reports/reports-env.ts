import { z } from 'zod';
import {
  envBoolean,
  envInt,
  envJson,
  envString,
  type DeepReadonly,
} from '@automation-engine/config';
import { TROUBLES, type Trouble } from '../model.js';

const recipientsByHost = (what: string) =>
  envJson(
    z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)))),
    `a JSON object {host: {client_id or "*": [e-mails]}} (${what})`,
  ).default({});
const emailList = envJson(z.array(z.string().min(1)), 'a JSON list of e-mails');

/**
 * Variables of the two reports (spec §3.8), spread into the service's env. Defaults are the
 * original's production values; without recipients for the host no report is e-mailed.
 */
export const reportsEnv = {
  REOCCURRING_TROUBLE_REPORT__EXECUTION_CRON_EXPRESSION: envString().default('0 3 * * 0'),
  /** `{host: {client_id or "*": [e-mails]}}`; the report runs only for a host that is a key. */
  REOCCURRING_TROUBLE_REPORT__RECIPIENTS: recipientsByHost('reoccurring trouble report'),
  /** Added to every reoccurring trouble report e-mail. */
  REOCCURRING_TROUBLE_REPORT__DEFAULT_CONTACTS: emailList.default([]),
  REOCCURRING_TROUBLE_REPORT__REPORTED_TROUBLES: envJson(
    z.array(z.enum(TROUBLES)),
    'a JSON list of trouble labels',
  ).default(['Jitter', 'Latency', 'Packet Loss', 'Bandwidth Over Utilization']),
  /** Seconds before today 00:00 UTC the report looks at (14 days). */
  REOCCURRING_TROUBLE_REPORT__TICKETS_LOOKUP_INTERVAL: envInt({ min: 3_600 }).default(1_209_600),
  /** Distinct tickets of a serial × trouble × interface that make a row. */
  REOCCURRING_TROUBLE_REPORT__THRESHOLD: envInt({ min: 1 }).default(3),
  EXEC_MONITOR_REPORTS_ON_START: envBoolean().default(false),

  DAILY_BANDWIDTH_REPORT__EXECUTION_CRON_EXPRESSION: envString().default('0 5 * * *'),
  /** `{host: {client_id: [e-mails]}}`: the clients whose report is e-mailed. */
  DAILY_BANDWIDTH_REPORT__RECIPIENTS: recipientsByHost('daily bandwidth report'),
  /** Added to every daily bandwidth report e-mail. */
  DAILY_BANDWIDTH_REPORT__DEFAULT_CONTACTS: emailList.default([]),
  /** Seconds before today 05:00 UTC the report looks at (24 h). */
  DAILY_BANDWIDTH_REPORT__LOOKUP_INTERVAL: envInt({ min: 3_600 }).default(86_400),
  EXEC_BANDWIDTH_REPORTS_ON_START: envBoolean().default(false),

  /** Bucket of the bandwidth CSVs; when absent they go to `REPORTS_DIR`. */
  REPORTS_S3_BUCKET: envString().min(1).optional(),
  REPORTS_S3_REGION: envString().min(1).optional(),
  /** A custom S3 endpoint (MinIO, LocalStack). */
  REPORTS_S3_ENDPOINT: envString().min(1).optional(),
  REPORTS_DIR: envString().min(1).default('./reports'),
};

export type ReportsEnv = z.output<z.ZodObject<typeof reportsEnv>>;

/** `{client_id or "*": [e-mails]}` of one host. */
export type RecipientsByClient = Readonly<Record<string, readonly string[]>>;

/** Where the bandwidth CSVs go. */
export type ReportStorage =
  | { kind: 's3'; bucket: string; region?: string | undefined; endpoint?: string | undefined }
  | { kind: 'folder'; dir: string };

export interface ReportSettings {
  /** IANA zone of the cron expressions and of the bandwidth report's date and peak times. */
  timezone: string;
  reoccurring: {
    cron: string;
    execOnStart: boolean;
    /** `{host: {client_id or "*": [e-mails]}}`. */
    recipients: Readonly<Record<string, RecipientsByClient>>;
    defaultContacts: readonly string[];
    troubles: readonly Trouble[];
    lookupSeconds: number;
    threshold: number;
  };
  bandwidth: {
    cron: string;
    execOnStart: boolean;
    recipients: Readonly<Record<string, RecipientsByClient>>;
    defaultContacts: readonly string[];
    lookupSeconds: number;
  };
  storage: ReportStorage;
  /** Wait between tries of a Bruin read answered 401/403 (the original's 15 s), and how many tries. */
  retry: { waitMs: number; attempts: number };
}

/** The reports' settings out of the parsed configuration. */
export function reportSettingsOf(
  config: DeepReadonly<ReportsEnv> & { readonly TIMEZONE: string },
): ReportSettings {
  return {
    timezone: config.TIMEZONE,
    reoccurring: {
      cron: config.REOCCURRING_TROUBLE_REPORT__EXECUTION_CRON_EXPRESSION,
      execOnStart: config.EXEC_MONITOR_REPORTS_ON_START,
      recipients: config.REOCCURRING_TROUBLE_REPORT__RECIPIENTS,
      defaultContacts: config.REOCCURRING_TROUBLE_REPORT__DEFAULT_CONTACTS,
      troubles: config.REOCCURRING_TROUBLE_REPORT__REPORTED_TROUBLES,
      lookupSeconds: config.REOCCURRING_TROUBLE_REPORT__TICKETS_LOOKUP_INTERVAL,
      threshold: config.REOCCURRING_TROUBLE_REPORT__THRESHOLD,
    },
    bandwidth: {
      cron: config.DAILY_BANDWIDTH_REPORT__EXECUTION_CRON_EXPRESSION,
      execOnStart: config.EXEC_BANDWIDTH_REPORTS_ON_START,
      recipients: config.DAILY_BANDWIDTH_REPORT__RECIPIENTS,
      defaultContacts: config.DAILY_BANDWIDTH_REPORT__DEFAULT_CONTACTS,
      lookupSeconds: config.DAILY_BANDWIDTH_REPORT__LOOKUP_INTERVAL,
    },
    storage:
      config.REPORTS_S3_BUCKET === undefined
        ? { kind: 'folder', dir: config.REPORTS_DIR }
        : {
            kind: 's3',
            bucket: config.REPORTS_S3_BUCKET,
            region: config.REPORTS_S3_REGION,
            endpoint: config.REPORTS_S3_ENDPOINT,
          },
    retry: { waitMs: 15_000, attempts: 3 },
  };
}
