import { readdirSync, realpathSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dig,
  exists,
  isRecord,
  list,
  listServices,
  readText,
  readYaml,
  record,
  repoPath,
  text,
  type Data,
} from './delivery-repo.js';
import {
  baseNameOf,
  defaultMetricNames,
  metricNamesIn,
  registeredMetrics,
} from './metric-names.js';

const DASHBOARDS = 'metrics-dashboard/grafana/dashboards';
const RULES = 'metrics-dashboard/prometheus/rules';
const OWNERS = 'metrics-dashboard/metric-owners.json';

const dashboardFiles = readdirSync(repoPath(DASHBOARDS))
  .filter((file) => file.endsWith('.json'))
  .sort();
const ruleFiles = readdirSync(repoPath(RULES))
  .filter((file) => file.endsWith('.yml'))
  .sort();
const serviceNames = new Set(listServices().map(({ name }) => name));

function dashboard(file: string): Data {
  return record(JSON.parse(readText(`${DASHBOARDS}/${file}`)), file);
}

/** Every panel, rows' nested panels included. */
function panelsOf(board: Data): Data[] {
  return list(board['panels'] ?? [], 'panels').flatMap((panel) => {
    const data = record(panel, 'panel');
    return [
      data,
      ...list(data['panels'] ?? [], 'row panels').map((inner) => record(inner, 'panel')),
    ];
  });
}

interface Expression {
  where: string;
  expr: string;
}

function dashboardExpressions(file: string): Expression[] {
  const board = dashboard(file);
  const fromPanels = panelsOf(board).flatMap((panel) =>
    list(panel['targets'] ?? [], 'targets').map((target) => ({
      where: `${file}: panel "${String(panel['title'])}"`,
      expr: text(dig(target, 'expr'), 'expr'),
    })),
  );
  const fromVariables = list(dig(board, 'templating', 'list') ?? [], 'templating.list')
    .filter((variable) => dig(variable, 'type') === 'query')
    .map((variable) => ({
      where: `${file}: variable $${String(dig(variable, 'name'))}`,
      expr: text(dig(variable, 'query', 'query') ?? dig(variable, 'query'), 'query'),
    }));
  return [...fromPanels, ...fromVariables];
}

function ruleExpressions(file: string): Expression[] {
  return list(dig(readYaml(`${RULES}/${file}`), 'groups'), 'groups').flatMap((group) =>
    list(dig(group, 'rules'), 'rules').map((rule) => ({
      where: `${file}: ${String(dig(rule, 'alert') ?? dig(rule, 'record'))}`,
      expr: text(dig(rule, 'expr'), 'expr'),
    })),
  );
}

const owners = record(JSON.parse(readText(OWNERS)), OWNERS);
function ownersOf(metric: string): string[] | undefined {
  const value = owners[metric];
  return Array.isArray(value) ? value.map(String) : undefined;
}

let registered = new Map<string, string[]>();
let defaults = new Set<string>();
beforeAll(async () => {
  registered = registeredMetrics([
    ...readdirSync(repoPath('libs')).map((lib) => `libs/${lib}/src`),
    ...[...serviceNames].map((service) => `services/${service}/src`),
    'simulators/src',
  ]);
  defaults = new Set(await defaultMetricNames());
});

/** Why a metric an expression reads is not acceptable, or undefined when it is. */
function problemWith(metric: string): string | undefined {
  const names = baseNameOf(metric);
  if (names.some((name) => defaults.has(name))) return undefined;
  const files = names.flatMap((name) => registered.get(name) ?? []);
  const waitingFor = ownersOf(metric);
  if (waitingFor === undefined)
    return files.length > 0
      ? undefined
      : `${metric} is registered nowhere in libs/, services/ or simulators/`;
  // An owned metric: each owner that exists must register it (itself, or through a lib).
  const present = waitingFor.filter((owner) => serviceNames.has(owner));
  const lacking = present.filter(
    (owner) =>
      !files.some((file) => file.startsWith(`services/${owner}/`) || file.startsWith('libs/')),
  );
  return lacking.length === 0
    ? undefined
    : `${metric} is not registered by ${lacking.join(', ')} (${OWNERS})`;
}

describe('metrics-dashboard - Grafana dashboards', () => {
  it('has the dashboards of each service family', () => {
    expect(dashboardFiles).toEqual(
      expect.arrayContaining([
        'engine-bus-overview.json',
        'vendor-api-usage.json',
        'monitors-business-metrics.json',
      ]),
    );
  });

  it.each(dashboardFiles)(
    '%s: is a dashboard with a unique uid, on the provisioned Prometheus',
    (file) => {
      const board = dashboard(file);
      expect(board['uid']).toMatch(/^[\w-]{1,40}$/);
      expect(board['title']).toBeTruthy();
      const uids = dashboardFiles.map((other) => dashboard(other)['uid']);
      expect(uids.filter((uid) => uid === board['uid'])).toHaveLength(1);
      const ids = panelsOf(board).map((panel) => panel['id']);
      expect(new Set(ids).size, 'panel ids are unique').toBe(ids.length);
      for (const panel of panelsOf(board)) {
        const { x = 0, w = 0 } = record(panel['gridPos'], 'gridPos') as { x?: number; w?: number };
        expect(x + w, `panel "${String(panel['title'])}" fits 24 columns`).toBeLessThanOrEqual(24);
        if (panel['type'] === 'row') continue;
        expect(list(panel['targets'], 'targets').length, String(panel['title'])).toBeGreaterThan(0);
        expect(dig(panel, 'datasource', 'uid')).toBe('${datasource}');
      }
      const datasource = list(dig(board, 'templating', 'list'), 'variables').find(
        (variable) => dig(variable, 'name') === 'datasource',
      );
      expect(dig(datasource, 'current', 'value')).toBe(provisionedDatasourceUid());
    },
  );

  it.each(dashboardFiles)('%s: reads only metrics the code registers', (file) => {
    const problems = dashboardExpressions(file).flatMap(({ where, expr }) =>
      metricNamesIn(expr)
        .map(problemWith)
        .filter((problem): problem is string => problem !== undefined)
        .map((problem) => `${where}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('metrics-dashboard - Prometheus', () => {
  it.each(ruleFiles)('%s: every alert has a severity, a summary and an expression', (file) => {
    for (const group of list(dig(readYaml(`${RULES}/${file}`), 'groups'), 'groups'))
      for (const rule of list(dig(group, 'rules'), 'rules')) {
        const alert = String(dig(rule, 'alert'));
        expect(dig(rule, 'labels', 'severity'), alert).toBeTruthy();
        expect(dig(rule, 'annotations', 'summary'), alert).toBeTruthy();
        expect(dig(rule, 'expr'), alert).toBeTruthy();
      }
  });

  it.each(ruleFiles)('%s: reads only metrics the code registers', (file) => {
    const problems = ruleExpressions(file).flatMap(({ where, expr }) =>
      metricNamesIn(expr)
        .map(problemWith)
        .filter((problem): problem is string => problem !== undefined)
        .map((problem) => `${where}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('loads the rules and scrapes every engine service by its compose alias', () => {
    const config = readYaml('metrics-dashboard/prometheus/prometheus.yml');
    expect(dig(config, 'rule_files')).toEqual(['/etc/prometheus/rules/*.yml']);
    const engine = list(dig(config, 'scrape_configs'), 'scrape_configs').find(
      (job) => dig(job, 'job_name') === 'automation-engine',
    );
    expect(dig(engine, 'metrics_path')).toBe('/metrics');
    expect(list(dig(engine, 'dns_sd_configs'), 'dns_sd_configs')[0]).toMatchObject({
      names: ['engine-service'],
      port: 5000,
    });
  });

  it('lists in metric-owners.json only services that will register the metric, by name', () => {
    for (const [metric, value] of Object.entries(owners)) {
      if (metric.startsWith('$')) continue;
      expect(metric).toMatch(/^[a-z_:][a-z0-9_:]*$/);
      for (const owner of list(value, metric)) expect(String(owner)).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

function provisionedDatasourceUid(): string {
  const datasources = list(
    dig(
      readYaml('metrics-dashboard/grafana/provisioning/datasources/prometheus.yml'),
      'datasources',
    ),
    'datasources',
  );
  return text(dig(datasources[0], 'uid'), 'datasource uid');
}

describe('metrics-dashboard - Grafana provisioning and the chart', () => {
  it('provisions the dashboards folder compose mounts', () => {
    const providers = list(
      dig(
        readYaml('metrics-dashboard/grafana/provisioning/dashboards/automation-engine.yml'),
        'providers',
      ),
      'providers',
    );
    expect(dig(providers[0], 'options', 'path')).toBe('/var/lib/grafana/dashboards');
    expect(isRecord(providers[0])).toBe(true);
  });

  it('is what the Helm chart ships (helm/automation-engine/files/metrics-dashboard links here)', () => {
    expect(exists('helm/automation-engine/files/metrics-dashboard')).toBe(true);
    expect(realpathSync(repoPath('helm/automation-engine/files/metrics-dashboard'))).toBe(
      realpathSync(repoPath('metrics-dashboard')),
    );
  });
});
