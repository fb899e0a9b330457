import { afterEach, describe, expect, it } from 'vitest';
import {
  CiUtilsError,
  applyPapertrailPlan,
  createPapertrailClient,
  planPapertrail,
  type PapertrailChange,
} from '@automation-engine/ci-utils';
import { startFakePapertrailApi, type FakePapertrailApi } from './fake-papertrail-api.js';

const plan = planPapertrail({
  environmentName: 'production',
  branch: 'master',
  services: ['bruin-bridge', 'velocloud-bridge'],
  builds: { 'bruin-bridge': '1.5.0', 'velocloud-bridge': '2.0.0' },
});

let api: FakePapertrailApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

function clientFor(fake: FakePapertrailApi, token = fake.token) {
  return createPapertrailClient({ token, baseUrl: fake.url, sleep: () => Promise.resolve() });
}

describe('applyPapertrailPlan - against a local fake of the Papertrail API', () => {
  it('creates the groups and searches of an empty account', async () => {
    api = await startFakePapertrailApi();
    const applied: PapertrailChange[] = [];
    await applyPapertrailPlan({ plan, client: clientFor(api), onApplied: (c) => applied.push(c) });

    expect(api.groups.map((g) => g.name).sort()).toEqual([
      '[production] - master alarms',
      '[production] - master logs',
      '[production] - master notifications',
    ]);
    const logs = api.groups.find((g) => g.name === '[production] - master logs');
    expect(api.searches.filter((s) => s.group_id === logs?.id).map((s) => s.query)).toContain(
      'bruin-bridge AND production AND 1.5.0',
    );
    const planned = plan.groups.reduce((sum, g) => sum + g.searches.length, 0);
    expect(api.searches).toHaveLength(planned);
    expect(applied).toHaveLength(3 + planned);
  });

  it('makes no change the second time (idempotent)', async () => {
    api = await startFakePapertrailApi();
    await applyPapertrailPlan({ plan, client: clientFor(api) });
    const writesBefore = api.requests.filter((r) => !r.startsWith('GET')).length;
    const second = await applyPapertrailPlan({ plan, client: clientFor(api) });
    expect(second).toEqual([]);
    expect(api.requests.filter((r) => !r.startsWith('GET')).length).toBe(writesBefore);
  });

  it('updates a changed build in place and removes searches of services no longer deployed', async () => {
    api = await startFakePapertrailApi({
      groups: [{ id: 1, name: '[production] - master logs', system_wildcard: '*' }],
      searches: [
        {
          id: 10,
          name: '[bruin-bridge] - logs',
          query: 'bruin-bridge AND production AND 1.4.0',
          group_id: 1,
        },
        {
          id: 11,
          name: '[lit-bridge] - logs',
          query: 'lit-bridge AND production AND 0.1',
          group_id: 1,
        },
      ],
    });
    await applyPapertrailPlan({ plan, client: clientFor(api) });
    expect(api.searches.find((s) => s.id === 10)?.query).toBe(
      'bruin-bridge AND production AND 1.5.0',
    );
    expect(api.searches.some((s) => s.id === 11)).toBe(false);
    expect(api.requests).toContain('PUT searches/10.json');
    expect(api.requests).toContain('DELETE searches/11.json');
  });

  it('waits and retries when Papertrail rate-limits', async () => {
    api = await startFakePapertrailApi();
    api.rateLimitNext(2);
    await applyPapertrailPlan({ plan, client: clientFor(api) });
    expect(api.groups).toHaveLength(3);
  });

  it('fails with PAPERTRAIL_API and the status when the token is refused', async () => {
    api = await startFakePapertrailApi();
    const failure = applyPapertrailPlan({ plan, client: clientFor(api, 'wrong') });
    await expect(failure).rejects.toBeInstanceOf(CiUtilsError);
    await expect(
      applyPapertrailPlan({ plan, client: clientFor(api, 'wrong') }),
    ).rejects.toMatchObject({
      code: 'PAPERTRAIL_API',
      message: expect.stringContaining('401') as unknown,
    });
  });
});
