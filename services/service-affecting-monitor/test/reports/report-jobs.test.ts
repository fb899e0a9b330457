import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { InvalidScheduleError } from '@automation-engine/scheduling';
import { metricValue } from '@automation-engine/testing';
import {
  objectStoreOf,
  startReportJobs,
  type ReportJobDeps,
} from '../../src/reports/report-jobs.js';
import type { ReportSettings } from '../../src/reports/reports-env.js';
import { LocalFolderStore } from '../../src/storage/object-store.js';

const HOST = 'mettel.velocloud.net';

function settings(
  overrides: { recipients?: ReportSettings['reoccurring']['recipients']; cron?: string } = {},
): ReportSettings {
  return {
    timezone: 'US/Eastern',
    reoccurring: {
      cron: overrides.cron ?? '0 3 * * 0',
      execOnStart: false,
      recipients: overrides.recipients ?? {},
      defaultContacts: [],
      troubles: ['Latency'],
      lookupSeconds: 1_209_600,
      threshold: 3,
    },
    bandwidth: {
      cron: '0 5 * * *',
      execOnStart: false,
      recipients: {},
      defaultContacts: [],
      lookupSeconds: 86_400,
    },
    storage: { kind: 'folder', dir: './reports' },
    retry: { waitMs: 0, attempts: 1 },
  };
}

// Scheduling only: nothing runs (no exec-on-start), so the deps are never called.
const deps = (registry: Registry) =>
  ({
    settings: { host: HOST },
    logger: pino({ level: 'silent' }),
    registry,
  }) as unknown as ReportJobDeps;

describe('startReportJobs (spec §3.1)', () => {
  it('schedules the reoccurring report only for a host with recipients', async () => {
    const without = startReportJobs(
      deps(new Registry()),
      settings({ recipients: { 'other.host': { '*': ['a@b.c'] } } }),
    );
    const withRecipients = startReportJobs(
      deps(new Registry()),
      settings({ recipients: { [HOST]: { '*': ['a@b.c'] } } }),
    );
    try {
      expect(without.reoccurring).toBeUndefined();
      expect(without.bandwidth.name).toBe('daily-bandwidth-report');
      expect(withRecipients.reoccurring?.name).toBe('reoccurring-trouble-report');
    } finally {
      await without.stop();
      await withRecipients.stop();
    }
  });

  it('registers the signet counters with their Prometheus names', async () => {
    const registry = new Registry();
    const jobs = startReportJobs(deps(registry), settings());
    await jobs.stop();
    expect(await metricValue(registry, 'reports_signet_execution_OK_total')).toBe(0);
    expect(await metricValue(registry, 'reports_signet_execution_KO_total')).toBe(0);
  });

  it('refuses an invalid cron expression at start', () => {
    expect(() =>
      startReportJobs(
        deps(new Registry()),
        settings({ cron: 'every sunday', recipients: { [HOST]: {} } }),
      ),
    ).toThrow(InvalidScheduleError);
  });

  it('stores in a local folder without a bucket', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sam-jobs-'));
    try {
      const store = objectStoreOf({ ...settings(), storage: { kind: 'folder', dir } });
      expect(store).toBeInstanceOf(LocalFolderStore);
      expect(await store.put('x.csv', 'a', 'text/csv')).toBe(join(dir, 'x.csv'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
