import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import { NOTE_HEADER } from '@automation-engine/monitoring';
import { counter } from '@automation-engine/observability';
import { metricValue, waitFor } from '@automation-engine/testing';
import { dateIn } from '../../src/reports/report-output.js';
import { runBandwidthReport, runReoccurringReport } from '../../src/reports/report-runs.js';
import { objectStoreOf, startReportJobs } from '../../src/reports/report-jobs.js';
import type { ReportSettings } from '../../src/reports/reports-env.js';
import { LocalFolderStore } from '../../src/storage/object-store.js';
import { startAffectingFixture, type AffectingFixture } from '../support/affecting-fixture.js';

interface LabEmail {
  id: number;
  subject: string;
  to: string[];
  html: string | null;
  attachments: { filename: string | null; size: number }[];
}

function troubleNote(trouble: string, iface: string, lines: string[] = []): string {
  return [
    NOTE_HEADER,
    `Trouble: ${trouble}`,
    '',
    'Edge Name: e',
    'Name: ISP',
    `Interface: ${iface}`,
    ...lines,
  ].join('\n');
}

/** The decoded CSV attachment of a raw RFC 822 message. */
function csvOf(raw: string, name: string): string {
  const start = raw.indexOf(name);
  const afterHeaders = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf('\r\n--', afterHeaders);
  return Buffer.from(raw.slice(afterHeaders + 4, end).replace(/\s+/g, ''), 'base64').toString(
    'utf8',
  );
}

describe('the reports against the lab (spec §3.8)', () => {
  let fixture: AffectingFixture;
  let edge: CustomerCacheEntry;
  let clientId: number;
  let dir: string;
  const ticketIds: number[] = [];

  const settings = (overrides: Partial<ReportSettings> = {}): ReportSettings => ({
    timezone: 'US/Eastern',
    reoccurring: {
      cron: '0 3 * * 0',
      execOnStart: false,
      recipients: { [fixture.host]: { [String(clientId)]: ['client@lab.example'] } },
      defaultContacts: ['ops@lab.example'],
      troubles: ['Jitter', 'Latency', 'Packet Loss', 'Bandwidth Over Utilization'],
      lookupSeconds: 1_209_600,
      threshold: 3,
    },
    bandwidth: {
      cron: '0 5 * * *',
      execOnStart: false,
      recipients: { [fixture.host]: { [String(clientId)]: ['client@lab.example'] } },
      defaultContacts: ['ops@lab.example'],
      lookupSeconds: 86_400,
    },
    storage: { kind: 'folder', dir },
    retry: { waitMs: 10, attempts: 3 },
    ...overrides,
  });

  beforeAll(async () => {
    fixture = await startAffectingFixture({ lab: { seed: 37, edges: 30 } });
    dir = await mkdtemp(join(tmpdir(), 'sam-reports-'));
    const withLinks = fixture.cache.filter(
      (entry) => entry.bruin_client_info.client_id !== null && entry.links_configuration.length > 0,
    );
    edge = withLinks[0] ?? (fixture.cache[0] as CustomerCacheEntry);
    clientId = edge.bruin_client_info.client_id ?? 0;
    const iface = edge.links_configuration[0]?.interfaces[0] ?? 'GE1';
    // 23:00 UTC yesterday: inside both windows (reoccurring: up to today 00:00 UTC; bandwidth:
    // yesterday 05:00 → today 05:00 UTC) whatever the time of the run.
    const lastNight = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 3_600_000;
    for (const status of ['Closed', 'Resolved', 'InProgress']) {
      const ticket = await fixture.control<{ ticketID: number }>('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial_number],
        clientId,
        topic: 'VAS',
        status,
        createdAt: lastNight,
        notes: [
          troubleNote('Latency', iface),
          troubleNote('Bandwidth Over Utilization', iface, ['Upload Throughput: 9 Mbps']),
        ],
      });
      ticketIds.push(ticket.ticketID);
    }
    // Two tickets of Jitter only: under the threshold.
    for (let i = 0; i < 2; i += 1) {
      await fixture.control('POST', '/bruin/tickets', {
        serviceNumbers: [edge.serial_number],
        clientId,
        topic: 'VAS',
        status: 'Closed',
        createdAt: lastNight,
        notes: [troubleNote('Jitter', iface)],
      });
    }
  }, 120_000);

  afterAll(async () => {
    await fixture.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('e-mails the reoccurring trouble report with the rows of 3 distinct tickets (live)', async () => {
    await fixture.control('DELETE', '/email/messages');
    const built = fixture.buildDeps({ mode: 'live' });
    const store = new LocalFolderStore(dir);
    await runReoccurringReport(
      { ...built.deps, store, signet: signetOf(built.registry) },
      settings(),
    );
    const date = new Date().toISOString().slice(0, 10);
    const email = await waitFor(
      'the reoccurring trouble e-mail',
      async () => {
        const { messages } = await fixture.control<{ messages: LabEmail[] }>(
          'GET',
          `/email/messages?subject=${encodeURIComponent('Reoccurring Service Affecting Trouble')}`,
        );
        return messages[0];
      },
      { timeoutMs: 20_000 },
    );
    expect(email.subject).toBe(
      `${edge.bruin_client_info.client_name ?? ''} - Reoccurring Service Affecting Trouble - ${date}`,
    );
    expect(email.to).toEqual(['ops@lab.example', 'client@lab.example']);
    expect(email.attachments.map((file) => file.filename)).toEqual([
      `reoccurring-service-affecting-trouble_${date}.csv`,
    ]);
    const raw = await fetch(
      `${fixture.lab.urls.control}/email/messages/${String(email.id)}/raw`,
    ).then((r) => r.text());
    const rows = csvOf(raw, `reoccurring-service-affecting-trouble_${date}.csv`)
      .trim()
      .split('\r\n');
    const sorted = [...ticketIds].sort((a, b) => a - b).join(', ');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      '"Trouble","Serial Number","Edge Name","Location","Number of tickets","Tickets","Interfaces"',
    );
    expect(rows.slice(1).map((row) => row.split('","')[0])).toEqual([
      '"Latency',
      '"Bandwidth Over Utilization',
    ]);
    expect(rows[1]).toContain(`"${edge.serial_number}","${edge.edge_name ?? ''}"`);
    expect(rows[1]).toContain(`"3","${sorted}"`);
    expect(email.html).toContain(edge.serial_number);
    expect(built.decisions()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'email', outcome: 'done', clientId, rows: 2 }),
      ]),
    );
  }, 90_000);

  it('does not e-mail the reoccurring report outside live mode', async () => {
    await fixture.control('DELETE', '/email/messages');
    const built = fixture.buildDeps({ mode: 'would-have' });
    await runReoccurringReport(
      { ...built.deps, store: new LocalFolderStore(dir), signet: signetOf(built.registry) },
      settings(),
    );
    expect(built.decisions()).toEqual([
      expect.objectContaining({ action: 'email', outcome: 'would-have', clientId, rows: 2 }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { total } = await fixture.control<{ total: number }>('GET', '/email/messages');
    expect(total).toBe(0);
  }, 60_000);

  it('retries ticket details answered 401 and gives up on a ticket list refused 3 times (403)', async () => {
    const fault = (path: string, status: number, times?: number) =>
      fixture.control('POST', '/faults', {
        simulator: 'bruin',
        path,
        action: { kind: 'error', status },
        ...(times === undefined ? {} : { times }),
      });
    try {
      await fault('/api/Ticket/{ticketId}/details', 401, 2);
      const retried = fixture.buildDeps({ mode: 'would-have' });
      const deps = {
        ...retried.deps,
        store: new LocalFolderStore(dir),
        signet: signetOf(retried.registry),
      };
      await runReoccurringReport(deps, settings());
      // Without the retries, a ticket would be missing and its rows under the threshold.
      expect(retried.decisions()).toEqual([expect.objectContaining({ clientId, rows: 2 })]);

      await fault('/api/Ticket', 403);
      const refused = fixture.buildDeps({ mode: 'would-have' });
      await runReoccurringReport(
        { ...refused.deps, store: new LocalFolderStore(dir), signet: signetOf(refused.registry) },
        settings(),
      );
      expect(refused.decisions()).toEqual([expect.objectContaining({ clientId, rows: 0 })]);
      const slack = await waitFor(
        'the max-retries Slack message',
        async () => {
          const { messages } = await fixture.control<{ messages: { text: string }[] }>(
            'GET',
            `/slack/messages?contains=${encodeURIComponent('Max retries reached getting all tickets for the report')}`,
          );
          return messages[0];
        },
        { timeoutMs: 15_000 },
      );
      expect(slack.text).toBe(
        '[service-affecting-monitor] Max retries reached getting all tickets for the report.',
      );
    } finally {
      await fixture.control('DELETE', '/faults?simulator=bruin');
    }
  }, 90_000);

  it('writes the daily bandwidth CSV of every client to the folder and e-mails the configured client (live)', async () => {
    await fixture.control('DELETE', '/email/messages');
    const built = fixture.buildDeps({ mode: 'live' });
    const jobs = startReportJobs(
      { ...built.deps, registry: built.registry },
      settings({ bandwidth: { ...settings().bandwidth, execOnStart: true } }),
    );
    try {
      await waitFor('the bandwidth run at start', () => Promise.resolve(jobs.bandwidth.lastRun), {
        timeoutMs: 60_000,
      });
    } finally {
      await jobs.stop();
    }
    expect(jobs.bandwidth.lastRun?.outcome).toBe('succeeded');
    expect(jobs.reoccurring?.lastRun).toBeUndefined();
    const date = dateIn(new Date(), 'US/Eastern');
    const files = await readdir(dir);
    const clients = new Set(fixture.cache.map((entry) => entry.bruin_client_info.client_id));
    expect(files.filter((file) => file.startsWith(`daily-bandwidth-report_${date}_`))).toHaveLength(
      clients.size,
    );
    const csv = await readFile(
      join(dir, `daily-bandwidth-report_${date}_${String(clientId)}.csv`),
      'utf8',
    );
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"Enterprise Id","Enterprise Name","Serial Number"/);
    const iface = edge.links_configuration[0]?.interfaces[0] ?? 'GE1';
    const row = lines.find(
      (line) => line.includes(`"${edge.serial_number}"`) && line.includes(`"${iface}"`),
    );
    // The 3 Bandwidth notes say "Upload" (Rx): counted as Down, with the 3 tickets.
    expect(row).toContain(`"3","${[...ticketIds].sort((a, b) => a - b).join(', ')}"," "`);
    const email = await waitFor(
      'the bandwidth e-mail',
      async () => {
        const { messages } = await fixture.control<{ messages: LabEmail[] }>(
          'GET',
          `/email/messages?subject=${encodeURIComponent('Daily Bandwidth Report')}`,
        );
        return messages[0];
      },
      { timeoutMs: 20_000 },
    );
    expect(email.subject).toBe(
      `${edge.bruin_client_info.client_name ?? ''} - Daily Bandwidth Report - ${date}`,
    );
    expect(email.attachments.map((file) => file.filename)).toEqual([
      `daily-bandwidth-report_${date}.csv`,
    ]);
    expect(await metricValue(built.registry, 'reports_signet_execution_OK_total')).toBe(1);
  }, 120_000);

  it('writes nothing in dry-run and counts a KO when the cache cannot be read', async () => {
    const dryDir = await mkdtemp(join(tmpdir(), 'sam-reports-dry-'));
    try {
      const built = fixture.buildDeps({ mode: 'dry-run' });
      const signet = signetOf(built.registry);
      const deps = {
        ...built.deps,
        store: objectStoreOf(settings({ storage: { kind: 'folder', dir: dryDir } })),
        signet,
      };
      await runBandwidthReport(deps, settings());
      expect(await readdir(dryDir)).toEqual([]);
      const decisions = built.decisions();
      expect(decisions.length).toBeGreaterThan(0);
      expect(decisions.every((d) => d['outcome'] === 'dry-run')).toBe(true);

      const cacheless = fixture.buildDeps({
        mode: 'live',
        settings: { host: 'unknown.velocloud.net' },
      });
      const koSignet = signetOf(cacheless.registry);
      await runBandwidthReport(
        { ...cacheless.deps, store: new LocalFolderStore(dryDir), signet: koSignet },
        settings(),
      );
      expect(await metricValue(cacheless.registry, 'reports_signet_execution_KO_total')).toBe(1);
    } finally {
      await rm(dryDir, { recursive: true, force: true });
    }
  }, 90_000);
});

function signetOf(registry: Registry) {
  return {
    ok: counter(registry, { name: 'reports_signet_execution_OK_total', help: 'ok' }),
    ko: counter(registry, { name: 'reports_signet_execution_KO_total', help: 'ko' }),
  };
}
