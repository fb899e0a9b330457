/** Who is told when an alarm fires (spec/operations.md §7). */
export const ALARM_AUDIENCES = {
  engineering: 'engineering',
  hnocLeadership: 'hnoc-leadership',
  managedServices: 'managed-services',
} as const;
export type AlarmAudience = (typeof ALARM_AUDIENCES)[keyof typeof ALARM_AUDIENCES];

/** The log lines a metric filter counts: a service (a `*` suffix matches per-host variants) and an error level or a message. */
export type LogMatch = { service: string; level: 'error' } | { service: string; message: string };

export interface LogAlarmDefinition {
  alarmName: string;
  /** The metric the filter publishes; two alarms may share one. */
  metricName: string;
  match: LogMatch;
  comparison: 'at-least' | 'at-most';
  threshold: number;
  periodMinutes: number;
  description: string;
  audiences: readonly AlarmAudience[];
}

export const ALARM_METRIC_NAMESPACE = 'mettel_automation/alarms';

const { engineering, hnocLeadership, managedServices } = ALARM_AUDIENCES;
const SOM = 'service-outage-monitor*';
const SAM = 'service-affecting-monitor*';
const INTERMAPPER = 'intermapper-outage-monitor*';
const OUTAGE_TICKET = '*Successfully created outage ticket for edge*';
const AFFECTING_TICKET = '*Service Affecting ticket * was successfully created*';

/**
 * The production alarms of spec/operations.md §6.4, one SNS topic each. Two of the original's
 * mistakes are not copied (§9): `velocloud-outage-no-tickets-created` counts outage tickets (the
 * original pointed at the affecting metric), and `emails-error-logging-in-to-the-inbox` fires on
 * at least one login error (the original's "≤ 0" fired when there were none). InterMapper's empty
 * inbox is a dedicated log line rather than the original's empty-poll dump.
 */
export const LOG_ALARMS: readonly LogAlarmDefinition[] = [
  {
    alarmName: 'velocloud-outage-too-many-tickets',
    metricName: 'velocloud_outage_tickets_created',
    match: { service: SOM, message: OUTAGE_TICKET },
    comparison: 'at-least',
    threshold: 50,
    periodMinutes: 60,
    description: 'Service Outage tickets created in an hour reached the expected maximum',
    audiences: [engineering, hnocLeadership],
  },
  {
    alarmName: 'velocloud-outage-no-tickets-created',
    metricName: 'velocloud_outage_tickets_created',
    match: { service: SOM, message: OUTAGE_TICKET },
    comparison: 'at-most',
    threshold: 0,
    periodMinutes: 60,
    description: 'No Service Outage ticket was created in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'velocloud-affecting-too-many-tickets',
    metricName: 'velocloud_affecting_tickets_created',
    match: { service: SAM, message: AFFECTING_TICKET },
    comparison: 'at-least',
    threshold: 50,
    periodMinutes: 60,
    description: 'Service Affecting tickets created in an hour reached the expected maximum',
    audiences: [engineering, hnocLeadership],
  },
  {
    alarmName: 'velocloud-affecting-no-tickets-created',
    metricName: 'velocloud_affecting_tickets_created',
    match: { service: SAM, message: AFFECTING_TICKET },
    comparison: 'at-most',
    threshold: 0,
    periodMinutes: 60,
    description: 'No Service Affecting ticket was created in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'velocloud-outage-too-many-errors',
    metricName: 'velocloud_outage_errors',
    match: { service: SOM, level: 'error' },
    comparison: 'at-least',
    threshold: 500,
    periodMinutes: 60,
    description: 'The Service Outage monitor logged too many errors in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'velocloud-outage-triage-job-failed',
    metricName: 'velocloud_outage_triage_jobs_finished',
    match: { service: SOM, message: '*Triage process finished*' },
    comparison: 'at-most',
    threshold: 0,
    periodMinutes: 60,
    description: 'No triage job finished in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'velocloud-bridge-too-many-errors',
    metricName: 'velocloud_bridge_errors',
    match: { service: 'velocloud-bridge', level: 'error' },
    comparison: 'at-least',
    threshold: 300,
    periodMinutes: 60,
    description: 'velocloud-bridge logged too many errors in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'bruin-bridge-too-many-errors',
    metricName: 'bruin_bridge_errors',
    match: { service: 'bruin-bridge', level: 'error' },
    comparison: 'at-least',
    threshold: 1000,
    periodMinutes: 60,
    description: 'bruin-bridge logged too many errors in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'bruin-too-many-invalid-service-outage-ticket-creations',
    metricName: 'bruin_so_ticket_creations_with_invalid_id',
    match: {
      service: 'bruin-bridge',
      message: '*Bruin reported a ticket ID = 0 after SO ticket creation*',
    },
    comparison: 'at-least',
    threshold: 10,
    periodMinutes: 10,
    description: 'Bruin answered ticket ID 0 to too many Service Outage ticket creations',
    audiences: [engineering, hnocLeadership],
  },
  {
    alarmName: 'servicenow-bridge-too-many-errors',
    metricName: 'servicenow_bridge_errors',
    match: { service: 'servicenow-bridge', level: 'error' },
    comparison: 'at-least',
    threshold: 100,
    periodMinutes: 60,
    description: 'servicenow-bridge logged too many errors in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'velocloud-gateways-too-many-errors',
    metricName: 'gateway_monitor_errors',
    match: { service: 'gateway-monitor', level: 'error' },
    comparison: 'at-least',
    threshold: 100,
    periodMinutes: 60,
    description: 'gateway-monitor logged too many errors in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'intermapper-outage-too-many-down-events',
    metricName: 'intermapper_outage_down_events_received',
    match: {
      service: INTERMAPPER,
      message: '*Event from InterMapper was *. Checking for ticket creation*',
    },
    comparison: 'at-least',
    threshold: 100,
    periodMinutes: 60,
    description: 'Too many InterMapper down events in an hour',
    audiences: [engineering, managedServices],
  },
  {
    alarmName: 'intermapper-outage-no-events-processed',
    metricName: 'intermapper_outage_events_processed',
    match: { service: INTERMAPPER, message: '*Processing email with msg_uid:*' },
    comparison: 'at-most',
    threshold: 0,
    periodMinutes: 60,
    description: 'No InterMapper email was processed in an hour',
    audiences: [engineering],
  },
  {
    alarmName: 'intermapper-outage-no-emails-received',
    metricName: 'intermapper_outage_empty_inbox_polls',
    match: { service: INTERMAPPER, message: '*No emails received from the InterMapper inbox*' },
    comparison: 'at-least',
    threshold: 50,
    periodMinutes: 30,
    description: 'The InterMapper inbox was polled empty too often in 30 minutes',
    audiences: [engineering, managedServices],
  },
  {
    alarmName: 'emails-error-logging-in-to-the-inbox',
    metricName: 'email_bridge_inbox_login_errors',
    match: {
      service: 'email-bridge',
      message: '*There was an error trying to login into the inbox*',
    },
    comparison: 'at-least',
    threshold: 1,
    periodMinutes: 60,
    description: 'email-bridge could not log in to the inbox',
    audiences: [engineering],
  },
];
