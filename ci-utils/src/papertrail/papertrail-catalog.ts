/** A monitor that runs one deployment per VeloCloud host, named `<short>-<host with dots as dashes>`. */
export interface PerHostMonitor {
  short: string;
  service: string;
}

export interface VelocloudHost {
  /** The short name used in search names, e.g. `vco01`. */
  alias: string;
  host: string;
}

/** A search for a phrase a service logs, e.g. a ticket being created. */
export interface PhraseSearch {
  service: string;
  name: string;
  /** Matched as a quoted phrase; it must be what the service logs. */
  phrase: string;
}

/** What the plan is made of: which services, hosts and phrases to search for. */
export interface PapertrailCatalog {
  perHostMonitors: readonly PerHostMonitor[];
  velocloudHosts: readonly VelocloudHost[];
  /** Services that get a `[<service>] - ERROR messages` alarm search. */
  errorAlarmServices: readonly string[];
  notificationSearches: readonly PhraseSearch[];
  alarmSearches: readonly PhraseSearch[];
}

const SOM = 'service-outage-monitor';

/**
 * The original's Papertrail scheme (spec/operations.md §5.1), as data. A search whose service is
 * not deployed is left out of the plan, so the catalog may name services the engine lacks.
 */
export const DEFAULT_CATALOG: PapertrailCatalog = {
  perHostMonitors: [
    { short: 'som', service: SOM },
    { short: 'sam', service: 'service-affecting-monitor' },
    { short: 'tnba', service: 'tnba-monitor' },
  ],
  velocloudHosts: [
    { alias: 'vco01', host: 'mettel.velocloud.net' },
    { alias: 'vco02', host: 'metvco02.mettel.net' },
    { alias: 'vco03', host: 'metvco03.mettel.net' },
    { alias: 'vco04', host: 'metvco04.mettel.net' },
  ],
  errorAlarmServices: [
    'bruin-bridge',
    'forticloud-cache',
    'forticloud-poller',
    'gateway-monitor',
    'task-dispatcher',
    SOM,
    'servicenow-bridge',
    'velocloud-bridge',
  ],
  notificationSearches: [
    {
      service: SOM,
      name: `[${SOM}] - ticket creation`,
      phrase: 'Successfully created outage ticket for edge',
    },
    {
      service: SOM,
      name: `[${SOM}] - ticket autoresolved`,
      phrase: 'Ticket linked to edge was autoresolved',
    },
    { service: SOM, name: `[${SOM}] - triage appended`, phrase: 'Triage appended to detail' },
  ],
  alarmSearches: [
    {
      service: 'email-tagger-monitor',
      name: '[email-tagger-monitor] KRE communication error',
      phrase: 'An error occurred when sending emails to Email Tagger',
    },
    {
      service: 'tnba-feedback',
      name: '[tnba-feedback] Search Error saving metrics',
      phrase: 'An error occurred when posting metrics',
    },
    {
      service: 'tnba-monitor',
      name: '[tnba-monitor] GRPC communication error with KRE',
      phrase: 'Error while claiming T7 prediction for ticket',
    },
    {
      service: 'tnba-monitor',
      name: '[tnba-monitor] Error posting live automation metrics',
      phrase: 'An error occurred when posting live metrics',
    },
    {
      service: SOM,
      name: `[${SOM}] - ticket creation`,
      phrase: 'Successfully created outage ticket for edge',
    },
    { service: SOM, name: '[triage] Triage finished', phrase: 'Triage process finished' },
    {
      service: 'intermapper-outage-monitor',
      name: '[intermapper-outage-monitor] - Not receiving emails',
      phrase: 'No emails received from the InterMapper inbox',
    },
  ],
};
