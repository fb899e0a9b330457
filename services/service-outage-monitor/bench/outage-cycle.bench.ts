/**
 * outage-cycle: one SOM monitoring cycle (quarantine not awaited) over 1,000 and then 10,000 lab
 * edges on 4 VCO hosts with 5 % of the cached edges in outage (half OFFLINE, half a link down),
 * through the real velocloud-bridge, bruin-bridge and customer-cache (child processes, the lab
 * too). SOM runs in a process of its own (this file, BENCH_ROLE=monitor) in dry-run mode (every decision computed and logged, nothing
 * written), so the healthy edges' auto-resolve lookups in Bruin are part of the cycle.
 * Prints one JSON line: wall `seconds` per size, `peak_rss_mb` of the monitor's process, and the per-edge
 * cost ratio 10k/1k (targets: 10k ≤ 10 s, ≤ 300 MB, ratio ≤ 1.2).
 */
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  BridgeCaller,
  BridgeFailureReporter,
  DecisionLog,
  Notifier,
  taskMetrics,
  TicketForwardStore,
} from '@automation-engine/monitoring';
import {
  freePort,
  resolveTestServers,
  startServiceProcess,
  startLabProcess,
  type ServiceProcess,
  type LabProcess,
} from '@automation-engine/testing';
import { DEFAULT_CYCLE_ACTIONS } from '../src/cycle/cycle-actions.js';
import { runMonitoringCycle } from '../src/cycle/monitoring-cycle.js';
import { QuarantineRechecks } from '../src/cycle/quarantine-rechecks.js';
import { OUTAGE_METRIC_LABELS, type OutageDeps } from '../src/model.js';
import { prodSettings } from '../test/support/builders.js';

// The heap cap the monitor's image runs with (its Dockerfile's NODE_OPTIONS).
const MONITOR_IMAGE_NODE_OPTIONS = '--max-old-space-size=192';
const MONITOR_NODE_FLAGS = (process.env['BENCH_MONITOR_NODE_FLAGS'] ?? MONITOR_IMAGE_NODE_OPTIONS)
  .split(' ')
  .filter(Boolean);
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const HOSTS = Number(process.env['BENCH_HOSTS'] ?? 4);
const OUTAGE_SHARE = 0.05;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);

async function control(lab: LabProcess, method: string, path: string): Promise<void> {
  const response = await fetch(`${lab.urls.control}${path}`, { method });
  if (!response.ok) throw new Error(`control ${method} ${path}: ${String(response.status)}`);
}

/**
 * Waits until the cache is built without reading it (a filter on a far-future last contact
 * answers 404 once built, 202 while building), so this process's memory is the cycle's.
 */
async function waitForCache(bus: Bus): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const reply = await bus
      .request(customerCacheGet, { filter: {}, last_contact_filter: '2999-01-01T00:00:00Z' })
      .catch(() => null);
    if (reply !== null && reply.status === 404) return;
    if (Date.now() > deadline) throw new Error('the customer cache was not built in 180 s');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface LabEdge {
  serial: string;
  edgeState: string | null;
  haSerial: string | null;
  links: { interface: string }[];
}

async function labEdges(lab: LabProcess): Promise<LabEdge[]> {
  const response = await fetch(`${lab.urls.control}/fleet/edges?limit=20000`);
  const body = (await response.json()) as { edges: LabEdge[] };
  return body.edges;
}

interface Scenario {
  edges: number;
  cached: number;
  in_outage: number;
  seconds: number;
  seconds_without_autoresolve: number;
  /** This process's peak RSS after the measured cycle (high-water mark since start). */
  peak_rss_mb: number;
  /** The same high-water mark just before the cycle. */
  rss_before_cycle_mb: number;
  hosts: Record<string, unknown>;
}

async function runScenario(
  edges: number,
  servers: { natsUrl: string; redisUrl: string },
): Promise<Scenario> {
  const scope = `bench-som-${String(process.pid)}-${String(edges)}`;
  const common = {
    NATS_URL: servers.natsUrl,
    REDIS_URL: servers.redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: 'warn',
  };
  const lab = await startLabProcess({ edges, hosts: HOSTS });
  const hosts = Object.keys(lab.urls.vco);
  const bridges: ServiceProcess[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    bridges.push(
      await startServiceProcess({ name, port: await freePort(), env: { ...common, ...env } }),
    );
  };
  const logger = pino({ level: process.env['BENCH_LOG_LEVEL'] ?? 'silent' });
  let bus: Bus | undefined;
  let redis: Redis | undefined;
  try {
    await start('velocloud-bridge', {
      VELOCLOUD_CREDENTIALS: hosts.map((host) => `${host}+lab-operator+lab-password`).join(';'),
      VELOCLOUD_BASE_URLS: JSON.stringify(lab.urls.vco),
    });
    await start('bruin-bridge', {
      BRUIN_BASE_URL: lab.urls.bruin,
      BRUIN_CLIENT_ID: 'lab-client',
      BRUIN_CLIENT_SECRET: 'lab-secret',
      IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
    });
    await start('customer-cache', {
      VELOCLOUD_HOSTS: JSON.stringify(hosts),
      REFRESH_CHECK_INTERVAL: '86400',
      BRUIN_CONCURRENCY: '32',
    });
    bus = await connectBus({
      servers: servers.natsUrl,
      name: 'som-bench',
      redis: servers.redisUrl,
      logger,
      subjectPrefix: scope,
    });
    redis = new Redis(servers.redisUrl);
    await waitForCache(bus);
    // 5 % of the edges in outage: every 20th connected one, alternately OFFLINE and a link down.
    const step = Math.round(1 / OUTAGE_SHARE);
    const connected = (await labEdges(lab)).filter(
      (edge) => edge.edgeState === 'CONNECTED' && edge.links.length > 0,
    );
    const down = connected.filter((_, index) => index % step === 0);
    await Promise.all(
      down.map(async (edge, index) => {
        const iface = edge.links[0]?.interface ?? '';
        await control(
          lab,
          'POST',
          index % 2 === 0
            ? `/fleet/edges/${edge.serial}/down`
            : `/fleet/edges/${edge.serial}/links/${iface}/down`,
        );
      }),
    );
    // The monitor runs in a process of its own, so that its peak RSS is the monitor's and not
    // this harness's (the lab reads, the bridges' handles, the outage injection).
    const measured = await runMonitorProcess({
      NATS_URL: servers.natsUrl,
      REDIS_URL: servers.redisUrl,
      BENCH_SCOPE: scope,
      BENCH_HOSTS_JSON: JSON.stringify(hosts),
      BENCH_CONCURRENCY: String(CONCURRENCY),
    });
    return { edges, in_outage: down.length, ...measured };
  } finally {
    await bus?.drain();
    await redis?.quit();
    await Promise.all(bridges.map((bridge) => bridge.stop()));
    await lab.stop();
  }
}

interface MonitorMeasure {
  cached: number;
  seconds: number;
  seconds_without_autoresolve: number;
  peak_rss_mb: number;
  rss_before_cycle_mb: number;
  hosts: Record<string, unknown>;
}

/** Runs this file again as the monitor (BENCH_ROLE=monitor) and reads its one JSON line. */
function runMonitorProcess(env: Record<string, string>): Promise<MonitorMeasure> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', ...MONITOR_NODE_FLAGS, import.meta.filename],
    {
      env: { PATH: process.env['PATH'] ?? '', ...env, BENCH_ROLE: 'monitor' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`the monitor process exited with ${String(code)}`));
        return;
      }
      resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as MonitorMeasure);
    });
  });
}

/** The monitor's side: one cycle over every host, then the same without auto-resolve. */
async function runAsMonitor(): Promise<void> {
  const env = (name: string): string => {
    const value = process.env[name];
    if (value === undefined) throw new Error(`${name} is required`);
    return value;
  };
  const scope = env('BENCH_SCOPE');
  const hosts = JSON.parse(env('BENCH_HOSTS_JSON')) as string[];
  const logger = pino({ level: process.env['BENCH_LOG_LEVEL'] ?? 'silent' });
  const bus = await connectBus({
    servers: env('NATS_URL'),
    name: 'som-bench-monitor',
    redis: env('REDIS_URL'),
    logger,
    subjectPrefix: scope,
  });
  const redis = new Redis(env('REDIS_URL'));
  const notifier = new Notifier({ bus, logger });
  const deps: OutageDeps = {
    bridges: new BridgeCaller({
      bus,
      reporter: new BridgeFailureReporter({ logger, notifier, environment: scope }),
    }),
    notifier,
    decisions: new DecisionLog({ logger, mode: 'dry-run' }),
    forwards: new TicketForwardStore({ redis, environment: scope }),
    metrics: taskMetrics(new Registry(), OUTAGE_METRIC_LABELS),
    logger,
    now: () => new Date(),
    settings: prodSettings({
      environment: scope,
      host: hosts[0] ?? '',
      concurrency: Number(env('BENCH_CONCURRENCY')),
    }),
  };
  const rechecks = new QuarantineRechecks({ deps, whitelist: () => new Set() });
  const rssBeforeMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const started = performance.now();
  const summary = await runMonitoringCycle(deps, { hosts, rechecks });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  // The same cycle with auto-resolve left out: how much of it is the healthy edges' Bruin lookups.
  const bare = performance.now();
  await runMonitoringCycle(deps, {
    hosts,
    rechecks,
    actions: { ...DEFAULT_CYCLE_ACTIONS, autoResolve: () => Promise.resolve() },
  });
  const secondsWithoutAutoresolve = (performance.now() - bare) / 1000;
  await rechecks.stop();
  await bus.drain();
  await redis.quit();
  if (!summary.ran) throw new Error('the cycle did not run');
  const measure: MonitorMeasure = {
    cached: summary.cachedEdges,
    seconds: Math.round(seconds * 100) / 100,
    seconds_without_autoresolve: Math.round(secondsWithoutAutoresolve * 100) / 100,
    peak_rss_mb: peakRssMb,
    rss_before_cycle_mb: rssBeforeMb,
    hosts: summary.hosts,
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

async function main(): Promise<void> {
  const servers = await resolveTestServers();
  const scenarios: Scenario[] = [];
  for (const size of SIZES) scenarios.push(await runScenario(size, servers));
  await servers.stop();
  const small = scenarios[0];
  const large = scenarios.at(-1);
  const perEdge = (s: Scenario | undefined) => (s === undefined ? 0 : s.seconds / s.cached);
  const ratio = small === large ? 1 : perEdge(large) / perEdge(small);
  const cpuList = cpus();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'outage-cycle',
      hosts: HOSTS,
      concurrency: CONCURRENCY,
      scenarios,
      seconds: large?.seconds,
      peak_rss_mb: large?.peak_rss_mb,
      per_edge_ratio: Math.round(ratio * 100) / 100,
      target_seconds: 10,
      target_rss_mb: 300,
      target_ratio: 1.2,
      machine: {
        node: process.version,
        cpus: cpuList.length,
        cpu: cpuList[0]?.model ?? 'unknown',
        memory_gb: Math.round(totalmem() / 1024 ** 3),
      },
    })}\n`,
  );
}

if (process.env['BENCH_ROLE'] === 'monitor') await runAsMonitor();
else await main();
