/**
 * affecting-cycle: one SAM monitoring cycle per VCO host of a lab of 5,000 edges on 4 hosts
 * (≈10,000 links), through the real velocloud-, bruin- and notifications-bridge and customer-cache
 * (child processes); 20 links degraded so that ticket flows run too. SAM runs as a process of its
 * own per host, one after the other (as deployed: one per host), with its image's heap cap. Prints
 * one JSON line: wall `seconds` of the four cycles, the slowest one, and `peak_rss_mb`, the highest
 * peak RSS of a monitor process (targets: ≤ 15 s, ≤ 300 MB; TypeScript runs through tsx, which a
 * deployed service does not).
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pino } from 'pino';
import {
  customerCacheGet,
  type CustomerCacheEntry,
} from '@automation-engine/contracts/customer-cache';
import { connectBus } from '@automation-engine/messaging';
import { labControlClient } from '@automation-engine/simulators';
import {
  freePort,
  resolveTestServers,
  startServiceProcess,
  startLabProcess,
  type ServiceProcess,
} from '@automation-engine/testing';

const EDGES = Number(process.env['BENCH_EDGES'] ?? 5_000);
const HOSTS = Number(process.env['BENCH_HOSTS'] ?? 4);
const DEGRADED = Number(process.env['BENCH_DEGRADED_LINKS'] ?? 20);

// The heap cap of the monitor's image (its Dockerfile's NODE_OPTIONS).
const MONITOR_IMAGE_NODE_OPTIONS = ['--max-old-space-size=192'];
const JOB = 'service-affecting-monitor';

function metricSample(text: string, name: string): number | undefined {
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`${name}{`) && row.includes(`job="${JOB}"`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

/** Waits for the monitor's first cycle (run at start) and reads its duration and outcome. */
async function firstCycleOf(url: string): Promise<{ seconds: number; outcome: string }> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const text = await fetch(`${url}/metrics`).then((response) => response.text());
    const count = metricSample(text, 'scheduled_job_duration_seconds_count') ?? 0;
    if (count >= 1) {
      const seconds = metricSample(text, 'scheduled_job_duration_seconds_sum') ?? Number.NaN;
      const failed = text
        .split('\n')
        .some(
          (row) =>
            row.startsWith('scheduled_job_runs_total{') &&
            row.includes(`job="${JOB}"`) &&
            row.includes('outcome="failed"') &&
            !row.endsWith(' 0'),
        );
      return { seconds: Math.round(seconds * 100) / 100, outcome: failed ? 'failed' : 'succeeded' };
    }
    if (Date.now() > deadline) throw new Error('the monitoring cycle did not finish in 300 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Peak resident memory of a process (Linux `VmHWM`), MB. */
function peakRssOf(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

async function main(): Promise<void> {
  const servers = await resolveTestServers();
  const scope = `bench-sam-${String(process.pid)}`;
  const common = {
    NATS_URL: servers.natsUrl,
    REDIS_URL: servers.redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: 'warn',
  };
  const lab = await startLabProcess({ edges: EDGES, hosts: HOSTS });
  const hosts = Object.keys(lab.urls.vco);
  const start = async (name: string, env: Record<string, string>) =>
    startServiceProcess({
      name,
      port: await freePort(),
      env: { ...common, ...env },
      readyTimeoutMs: 60_000,
    });
  const bridges: ServiceProcess[] = await Promise.all([
    start('velocloud-bridge', {
      VELOCLOUD_CREDENTIALS: hosts.map((host) => `${host}+lab-operator+lab-password`).join(';'),
      VELOCLOUD_BASE_URLS: JSON.stringify(lab.urls.vco),
    }),
    start('bruin-bridge', {
      BRUIN_BASE_URL: lab.urls.bruin,
      BRUIN_CLIENT_ID: 'lab-client',
      BRUIN_CLIENT_SECRET: 'lab-secret',
      IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
    }),
    start('notifications-bridge', {
      SLACK_WEBHOOK: lab.urls.slack,
      EMAIL_SMTP_URL: lab.urls.email,
      EMAIL_SMTP_TLS_VERIFY: 'false',
      EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'automation@lab.example',
    }),
  ]);
  bridges.push(
    await start('customer-cache', {
      VELOCLOUD_HOSTS: JSON.stringify(hosts),
      REFRESH_CHECK_INTERVAL: '86400',
      REFRESH_RETRY_MIN_SECONDS: '1',
      REFRESH_RETRY_MAX_SECONDS: '2',
      BRUIN_CONCURRENCY: '32',
    }),
  );
  const caller = await connectBus({
    servers: servers.natsUrl,
    name: 'bench-sam',
    redis: servers.redisUrl,
    logger: pino({ level: 'silent' }),
    subjectPrefix: scope,
  });
  let cache: CustomerCacheEntry[] = [];
  const deadline = Date.now() + 300_000;
  while (cache.length === 0) {
    if (Date.now() > deadline) throw new Error('the customer cache was not built in 300 s');
    const reply = await caller.request(customerCacheGet, { filter: {} }).catch(() => null);
    if (reply?.ok === true && Array.isArray(reply.body) && reply.status === 200) cache = reply.body;
    else await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const links = cache.reduce(
    (sum, edge) => sum + edge.links_configuration.reduce((n, c) => n + c.interfaces.length, 0),
    0,
  );
  const control = labControlClient(lab.urls.control);
  let degraded = 0;
  for (const edge of cache) {
    if (degraded >= DEGRADED) break;
    if (!edge.links_configuration.some((c) => c.interfaces.includes('GE1'))) continue;
    await control('POST', `/fleet/edges/${edge.serial_number}/links/GE1/degrade`, {
      latencyMs: 400,
    });
    degraded += 1;
  }
  cache = [];

  const cycles: { host: string; seconds: number; outcome: string; peak_rss_mb: number }[] = [];
  for (const host of hosts) {
    // Each SAM is a process of its own, run as its image runs it (heap cap included), so that
    // its peak RSS is the monitor's and not this harness's.
    const monitor = await startServiceProcess({
      name: 'service-affecting-monitor',
      port: await freePort(),
      readyTimeoutMs: 60_000,
      nodeArgs: MONITOR_IMAGE_NODE_OPTIONS,
      env: {
        ...common,
        LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
        BRUIN_WRITES: 'live',
        MONITORED_VELOCLOUD_HOST: host,
        MONITORING__MONITORING_JOB_INTERVAL: '86400',
        MONITORING__DEFAULT_CONTACT_INFO_PER_CUSTOMER: JSON.stringify({
          [host]: { '*': [{ email: 'noc@lab.example', name: 'Lab NOC', type: 'ticket' }] },
        }),
        REPORTS_DIR: `/tmp/${scope}-reports`,
      },
    });
    try {
      const run = await firstCycleOf(monitor.url);
      cycles.push({ host, ...run, peak_rss_mb: peakRssOf(monitor.pid) });
    } finally {
      await monitor.stop();
    }
  }
  const peakRssMb = Math.max(...cycles.map((cycle) => cycle.peak_rss_mb));

  await caller.drain();
  await Promise.all(bridges.map((bridge) => bridge.stop()));
  await lab.stop();
  await servers.stop();

  const cpuList = cpus();
  const seconds = Math.round(cycles.reduce((sum, c) => sum + c.seconds, 0) * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'affecting-cycle',
      edges: EDGES,
      hosts: HOSTS,
      links,
      degraded_links: degraded,
      seconds,
      slowest_host_seconds: Math.max(...cycles.map((c) => c.seconds)),
      cycles,
      peak_rss_mb: peakRssMb,
      target_seconds: 15,
      target_rss_mb: 300,
      machine: {
        node: process.version,
        cpus: cpuList.length,
        cpu: cpuList[0]?.model ?? 'unknown',
        memory_gb: Math.round(totalmem() / 1024 ** 3),
      },
    })}\n`,
  );
  if (cycles.some((c) => c.outcome !== 'succeeded')) process.exit(1);
}

await main();
