import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, planPapertrail, type PapertrailPlan } from '@automation-engine/ci-utils';

const services = [
  'bruin-bridge',
  'velocloud-bridge',
  'service-outage-monitor',
  'tnba-monitor',
  'customer-cache',
];
const builds = {
  'bruin-bridge': '1.4.0',
  'velocloud-bridge': '2.0.1',
  'service-outage-monitor': '3.1.0',
  'tnba-monitor': '1.0.0',
};

const production = planPapertrail({
  environmentName: 'production',
  branch: 'master',
  services,
  builds,
});

function searchesOf(plan: PapertrailPlan, purpose: 'logs' | 'notifications' | 'alarms') {
  const group = plan.groups.find((g) => g.purpose === purpose);
  if (group === undefined) throw new Error(`no ${purpose} group`);
  return group.searches;
}

describe('planPapertrail - groups', () => {
  it('makes the three groups [<env>] - <branch> logs|notifications|alarms over every system', () => {
    expect(production.groups.map((g) => [g.name, g.systemWildcard])).toEqual([
      ['[production] - master logs', '*'],
      ['[production] - master notifications', '*'],
      ['[production] - master alarms', '*'],
    ]);
  });
});

describe('planPapertrail - log searches', () => {
  it('pins each service search to its deployed build: <service> AND <env> AND <build>', () => {
    expect(searchesOf(production, 'logs')).toContainEqual({
      name: '[bruin-bridge] - logs',
      query: 'bruin-bridge AND production AND 1.4.0',
    });
  });

  it('skips a service without an image tag, and says so', () => {
    const names = searchesOf(production, 'logs').map((s) => s.name);
    expect(names).not.toContain('[customer-cache] - logs');
    expect(production.skipped).toEqual([
      { search: '[customer-cache] - logs', reason: 'no image tag for customer-cache' },
    ]);
  });

  it('adds one search per VeloCloud host for som, sam and tnba, on the pod prefix', () => {
    const logs = searchesOf(production, 'logs');
    expect(logs).toContainEqual({
      name: '[som-vco01] - logs',
      query: 'som-mettel-velocloud-net AND production AND 3.1.0',
    });
    expect(logs).toContainEqual({
      name: '[tnba-vco04] - logs',
      query: 'tnba-metvco04-mettel-net AND production AND 1.0.0',
    });
    expect(logs.filter((s) => s.name.startsWith('[som-vco'))).toHaveLength(
      DEFAULT_CATALOG.velocloudHosts.length,
    );
    expect(logs.some((s) => s.name.startsWith('[sam-vco'))).toBe(false); // service-affecting-monitor not deployed
  });

  it('ends with an all-modules search on the environment', () => {
    expect(searchesOf(production, 'logs').at(-1)).toEqual({
      name: '[all modules] - logs',
      query: 'production',
    });
  });
});

describe('planPapertrail - notifications and alarms', () => {
  it('watches ticket creation, auto-resolution and triage of the outage monitor', () => {
    expect(searchesOf(production, 'notifications')).toEqual([
      {
        name: '[service-outage-monitor] - ticket creation',
        query:
          'service-outage-monitor AND production AND "Successfully created outage ticket for edge"',
      },
      {
        name: '[service-outage-monitor] - ticket autoresolved',
        query: 'service-outage-monitor AND production AND "Ticket linked to edge was autoresolved"',
      },
      {
        name: '[service-outage-monitor] - triage appended',
        query: 'service-outage-monitor AND production AND "Triage appended to detail"',
      },
    ]);
  });

  it('raises ERROR searches for the listed services that are deployed', () => {
    const errors = searchesOf(production, 'alarms').filter((s) =>
      s.name.endsWith('- ERROR messages'),
    );
    expect(errors).toEqual([
      {
        name: '[bruin-bridge] - ERROR messages',
        query: 'bruin-bridge AND production AND severity:error',
      },
      {
        name: '[service-outage-monitor] - ERROR messages',
        query: 'service-outage-monitor AND production AND severity:error',
      },
      {
        name: '[velocloud-bridge] - ERROR messages',
        query: 'velocloud-bridge AND production AND severity:error',
      },
    ]);
  });

  it('has an ERROR search for every listed service when all are deployed', () => {
    const plan = planPapertrail({
      environmentName: 'production',
      branch: 'master',
      services: DEFAULT_CATALOG.errorAlarmServices,
      builds: {},
    });
    const names = searchesOf(plan, 'alarms').map((s) => s.name);
    for (const service of DEFAULT_CATALOG.errorAlarmServices)
      expect(names).toContain(`[${service}] - ERROR messages`);
  });

  it('adds the phrase alarms of deployed services, once each', () => {
    const names = searchesOf(production, 'alarms').map((s) => s.name);
    expect(names).toContain('[tnba-monitor] GRPC communication error with KRE');
    expect(names).toContain('[triage] Triage finished');
    expect(names).not.toContain('[tnba-feedback] Search Error saving metrics');
    expect(new Set(names).size).toBe(names.length);
  });

  it('never has two searches of the same name in a group', () => {
    const all = planPapertrail({
      environmentName: 'production',
      branch: 'master',
      services: [
        ...new Set([
          ...DEFAULT_CATALOG.errorAlarmServices,
          ...DEFAULT_CATALOG.alarmSearches.map((s) => s.service),
        ]),
      ],
      builds: {},
    });
    for (const group of all.groups) {
      const names = group.searches.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('quotes phrases that hold no quote of their own', () => {
    for (const search of [
      ...DEFAULT_CATALOG.alarmSearches,
      ...DEFAULT_CATALOG.notificationSearches,
    ]) {
      expect(search.phrase).not.toMatch(/["\n]/);
    }
  });
});

describe('planPapertrail - other environments', () => {
  it('names groups and queries after an ephemeral environment id and its branch', () => {
    const plan = planPapertrail({
      environmentName: '68ef1d74',
      branch: 'dev/feature/x',
      services: ['bruin-bridge'],
      builds: { 'bruin-bridge': '68ef1d74-55' },
    });
    expect(plan.groups[0]?.name).toBe('[68ef1d74] - dev/feature/x logs');
    expect(plan.groups[0]?.searches[0]).toEqual({
      name: '[bruin-bridge] - logs',
      query: 'bruin-bridge AND 68ef1d74 AND 68ef1d74-55',
    });
  });
});
