import { describe, expect, it } from 'vitest';
import {
  diffPapertrail,
  type CurrentState,
  type PapertrailPlan,
} from '@automation-engine/ci-utils';

const plan: PapertrailPlan = {
  environmentName: 'production',
  branch: 'master',
  skipped: [],
  groups: [
    {
      name: '[production] - master logs',
      purpose: 'logs',
      systemWildcard: '*',
      searches: [
        { name: '[bruin-bridge] - logs', query: 'bruin-bridge AND production AND 1.5.0' },
        { name: '[all modules] - logs', query: 'production' },
      ],
    },
    {
      name: '[production] - master alarms',
      purpose: 'alarms',
      systemWildcard: '*',
      searches: [
        {
          name: '[bruin-bridge] - ERROR messages',
          query: 'bruin-bridge AND production AND severity:error',
        },
      ],
    },
  ],
};

const empty: CurrentState = { groups: [], searches: [] };

describe('diffPapertrail', () => {
  it('creates every group and search in an empty account, groups first', () => {
    expect(
      diffPapertrail(plan, empty).map(
        (c) => `${c.kind} ${'groupName' in c ? `${c.groupName} / ` : ''}${c.name}`,
      ),
    ).toEqual([
      'create-group [production] - master logs',
      'create-group [production] - master alarms',
      'create-search [production] - master logs / [bruin-bridge] - logs',
      'create-search [production] - master logs / [all modules] - logs',
      'create-search [production] - master alarms / [bruin-bridge] - ERROR messages',
    ]);
  });

  it('changes nothing when the account already matches', () => {
    const current: CurrentState = {
      groups: [
        { id: 1, name: '[production] - master logs', systemWildcard: '*' },
        { id: 2, name: '[production] - master alarms', systemWildcard: '*' },
      ],
      searches: [
        {
          id: 10,
          name: '[bruin-bridge] - logs',
          query: 'bruin-bridge AND production AND 1.5.0',
          groupId: 1,
        },
        { id: 11, name: '[all modules] - logs', query: 'production', groupId: 1 },
        {
          id: 12,
          name: '[bruin-bridge] - ERROR messages',
          query: 'bruin-bridge AND production AND severity:error',
          groupId: 2,
        },
      ],
    };
    expect(diffPapertrail(plan, current)).toEqual([]);
  });

  it('updates a search in place when a release changes its build, keeping its id', () => {
    const current: CurrentState = {
      groups: [{ id: 1, name: '[production] - master logs', systemWildcard: '*' }],
      searches: [
        {
          id: 10,
          name: '[bruin-bridge] - logs',
          query: 'bruin-bridge AND production AND 1.4.0',
          groupId: 1,
        },
      ],
    };
    expect(diffPapertrail(plan, current)).toContainEqual({
      kind: 'update-search',
      id: 10,
      groupName: '[production] - master logs',
      name: '[bruin-bridge] - logs',
      query: 'bruin-bridge AND production AND 1.5.0',
      previousQuery: 'bruin-bridge AND production AND 1.4.0',
    });
  });

  it('fixes a group whose systems wildcard drifted', () => {
    const current: CurrentState = {
      groups: [{ id: 1, name: '[production] - master logs', systemWildcard: 'web-*' }],
      searches: [],
    };
    expect(diffPapertrail(plan, current)).toContainEqual({
      kind: 'update-group',
      id: 1,
      name: '[production] - master logs',
      systemWildcard: '*',
    });
  });

  it('deletes searches of managed groups the plan no longer names, and duplicates', () => {
    const current: CurrentState = {
      groups: [{ id: 1, name: '[production] - master logs', systemWildcard: '*' }],
      searches: [
        {
          id: 10,
          name: '[bruin-bridge] - logs',
          query: 'bruin-bridge AND production AND 1.5.0',
          groupId: 1,
        },
        {
          id: 11,
          name: '[bruin-bridge] - logs',
          query: 'bruin-bridge AND production AND 1.5.0',
          groupId: 1,
        },
        {
          id: 12,
          name: '[cts-bridge] - logs',
          query: 'cts-bridge AND production AND 0.9',
          groupId: 1,
        },
      ],
    };
    const deletes = diffPapertrail(plan, current).filter((c) => c.kind === 'delete-search');
    expect(deletes.map((c) => c.id)).toEqual([11, 12]);
  });

  it('deletes a stale group of the same environment with its searches, last', () => {
    const current: CurrentState = {
      groups: [{ id: 7, name: '[production] - main logs', systemWildcard: '*' }],
      searches: [{ id: 70, name: '[x] - logs', query: 'x', groupId: 7 }],
    };
    const changes = diffPapertrail(plan, current);
    expect(changes.slice(-2)).toEqual([
      { kind: 'delete-search', id: 70, groupName: '[production] - main logs', name: '[x] - logs' },
      { kind: 'delete-group', id: 7, name: '[production] - main logs' },
    ]);
  });

  it('leaves groups and searches of other environments and other teams alone', () => {
    const current: CurrentState = {
      groups: [
        { id: 8, name: '[68ef1d74] - dev/feature/x logs', systemWildcard: '*' },
        { id: 9, name: 'Ops dashboards', systemWildcard: '*' },
      ],
      searches: [
        { id: 80, name: '[bruin-bridge] - logs', query: 'q', groupId: 8 },
        { id: 90, name: 'mine', query: 'q', groupId: 9 },
        { id: 91, name: 'ungrouped', query: 'q', groupId: null },
      ],
    };
    const touched = diffPapertrail(plan, current).filter(
      (c) => c.kind.startsWith('delete') || c.kind.startsWith('update'),
    );
    expect(touched).toEqual([]);
  });
});
