import {
  DEFAULT_CATALOG,
  type PapertrailCatalog,
  type PhraseSearch,
} from './papertrail-catalog.js';
import type {
  DesiredGroup,
  DesiredSearch,
  GroupPurpose,
  PapertrailPlan,
} from './papertrail-types.js';

/** Every sender: the groups are split by search, not by system. */
export const ALL_SYSTEMS = '*';

export interface PapertrailPlanInput {
  /** `ENVIRONMENT_NAME` of the log lines: `production` or the ephemeral id. */
  environmentName: string;
  branch: string;
  /** The services deployed in the environment. */
  services: readonly string[];
  /** Image tag per service (the build the log search pins to); a service without one gets no log search. */
  builds: Readonly<Record<string, string>>;
  catalog?: PapertrailCatalog;
}

/** `[production] - master logs`, `… notifications`, `… alarms`. */
export function papertrailGroupName(input: {
  environmentName: string;
  branch: string;
  purpose: GroupPurpose;
}): string {
  return `[${input.environmentName}] - ${input.branch} ${input.purpose}`;
}

/** The prefix shared by every group of an environment; groups with it are managed by the plan. */
export function managedGroupPrefix(environmentName: string): string {
  return `[${environmentName}] - `;
}

function quoted(phrase: string): string {
  return `"${phrase}"`;
}

function dedupeByName(searches: readonly DesiredSearch[]): DesiredSearch[] {
  const byName = new Map<string, DesiredSearch>();
  for (const search of searches) if (!byName.has(search.name)) byName.set(search.name, search);
  return [...byName.values()];
}

function logSearches(
  input: PapertrailPlanInput,
  catalog: PapertrailCatalog,
  skipped: PapertrailPlan['skipped'],
) {
  const env = input.environmentName;
  const searches: DesiredSearch[] = [];
  for (const service of [...input.services].sort()) {
    const build = input.builds[service];
    const name = `[${service}] - logs`;
    if (build === undefined) {
      skipped.push({ search: name, reason: `no image tag for ${service}` });
      continue;
    }
    searches.push({ name, query: `${service} AND ${env} AND ${build}` });
    for (const monitor of catalog.perHostMonitors.filter((m) => m.service === service)) {
      for (const { alias, host } of catalog.velocloudHosts) {
        const podPrefix = `${monitor.short}-${host.replaceAll('.', '-')}`;
        searches.push({
          name: `[${monitor.short}-${alias}] - logs`,
          query: `${podPrefix} AND ${env} AND ${build}`,
        });
      }
    }
  }
  searches.push({ name: '[all modules] - logs', query: env });
  return searches;
}

function phraseSearches(
  input: PapertrailPlanInput,
  phrases: readonly PhraseSearch[],
): DesiredSearch[] {
  return phrases
    .filter((search) => input.services.includes(search.service))
    .map((search) => ({
      name: search.name,
      query: `${search.service} AND ${input.environmentName} AND ${quoted(search.phrase)}`,
    }));
}

function errorSearches(input: PapertrailPlanInput, catalog: PapertrailCatalog): DesiredSearch[] {
  // Our syslog lines carry the pino level as the syslog severity, so errors are `severity:error`.
  return catalog.errorAlarmServices
    .filter((service) => input.services.includes(service))
    .map((service) => ({
      name: `[${service}] - ERROR messages`,
      query: `${service} AND ${input.environmentName} AND severity:error`,
    }));
}

/**
 * The desired Papertrail groups and searches of an environment (spec/operations.md §5.1): a log
 * search per service pinned to its deployed build (and per VeloCloud host for som/sam/tnba), the
 * notification searches, and the alarm searches. Pure: no I/O.
 */
export function planPapertrail(input: PapertrailPlanInput): PapertrailPlan {
  const catalog = input.catalog ?? DEFAULT_CATALOG;
  const skipped: PapertrailPlan['skipped'] = [];
  const group = (purpose: GroupPurpose, searches: DesiredSearch[]): DesiredGroup => ({
    name: papertrailGroupName({
      environmentName: input.environmentName,
      branch: input.branch,
      purpose,
    }),
    purpose,
    systemWildcard: ALL_SYSTEMS,
    searches: dedupeByName(searches),
  });
  return {
    environmentName: input.environmentName,
    branch: input.branch,
    groups: [
      group('logs', logSearches(input, catalog, skipped)),
      group('notifications', phraseSearches(input, catalog.notificationSearches)),
      group('alarms', [
        ...errorSearches(input, catalog),
        ...phraseSearches(input, catalog.alarmSearches),
      ]),
    ],
    skipped,
  };
}
