/**
 * customer-cache-refresh: one full refresh of the customer cache over 10,000 edges on 4 VCO hosts
 * of the lab, through the real velocloud-bridge and bruin-bridge (child processes, as the lab).
 * Prints one JSON line: wall `seconds` of the refresh and `peak_rss_mb` of the customer-cache
 * process (targets: ≤ 30 s, ≤ 300 MB; the process runs TypeScript through tsx, which a deployed
 * service does not), the CPU seconds each process used during the refresh, and the machine.
 */
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { runService } from '@automation-engine/service-kit';
import {
  freePort,
  resolveTestServers,
  startServiceProcess,
  startLabProcess,
  type ServiceProcess,
} from '@automation-engine/testing';
import { wireCustomerCache, type CustomerCacheApp } from '../src/app.js';
import { serviceEnv } from '../src/config.js';

const EDGES = Number(process.env['BENCH_EDGES'] ?? 10_000);
const HOSTS = Number(process.env['BENCH_HOSTS'] ?? 4);
const BRUIN_CONCURRENCY = process.env['BENCH_BRUIN_CONCURRENCY'] ?? '32';
// The links' details are off the critical path (Bruin lookups take longer): fewer at once leaves
// the CPU to bruin-bridge.
const VELOCLOUD_CONCURRENCY = process.env['BENCH_VELOCLOUD_CONCURRENCY'] ?? '8';

/** CPU seconds (user + system) another process has used so far. */
function cpuSecondsOf(pid: number): number {
  const fields =
    readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident memory of another process (VmHWM), in MB. */
function peakRssMbOf(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'));
  return match === null ? 0 : Math.round(Number(match[1]) / 1024);
}

async function main(): Promise<void> {
  const servers = await resolveTestServers();
  const scope = `bench-cc-${String(process.pid)}`;
  const common = {
    NATS_URL: servers.natsUrl,
    REDIS_URL: servers.redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    LOG_LEVEL: 'warn',
  };
  const lab = await startLabProcess({ edges: EDGES, hosts: HOSTS });
  const hosts = Object.keys(lab.urls.vco);
  const bridges: ServiceProcess[] = await Promise.all([
    startServiceProcess({
      name: 'velocloud-bridge',
      port: await freePort(),
      env: {
        ...common,
        VELOCLOUD_CREDENTIALS: hosts.map((host) => `${host}+lab-operator+lab-password`).join(';'),
        VELOCLOUD_BASE_URLS: JSON.stringify(lab.urls.vco),
      },
    }),
    startServiceProcess({
      name: 'bruin-bridge',
      port: await freePort(),
      env: {
        ...common,
        BRUIN_BASE_URL: lab.urls.bruin,
        BRUIN_CLIENT_ID: 'lab-client',
        BRUIN_CLIENT_SECRET: 'lab-secret',
        IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
      },
    }),
  ]);

  const others = [
    ...bridges.map((b) => ({ name: b.name, pid: b.pid })),
    { name: 'lab', pid: lab.pid },
  ];
  const cpuBefore = others.map((o) => cpuSecondsOf(o.pid));
  const ownBefore = process.cpuUsage();
  let app: CustomerCacheApp | undefined;
  const service = await runService(
    {
      name: 'customer-cache',
      env: serviceEnv,
      start: (kit) => void (app = wireCustomerCache(kit)),
    },
    {
      env: {
        ...common,
        LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
        HTTP_PORT: String(await freePort()),
        HTTP_HOST: '127.0.0.1',
        VELOCLOUD_HOSTS: JSON.stringify(hosts),
        REFRESH_CHECK_INTERVAL: '86400',
        BRUIN_CONCURRENCY,
        VELOCLOUD_CONCURRENCY,
      },
      handleSignals: false,
    },
  );
  const job = app!.refresh.job;
  // BENCH_TRACE=1: memory on stderr every 200 ms while the refresh runs.
  const sampler = setInterval(() => {
    if (process.env['BENCH_TRACE'] === undefined) return;
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    const mb = (n: number) => String(Math.round(n / 1e6));
    process.stderr.write(
      `rss ${mb(rss)} heap ${mb(heapUsed)}/${mb(heapTotal)} external ${mb(external)}\n`,
    );
  }, 200);
  while (job.lastRun === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
  clearInterval(sampler);
  const run = job.lastRun;
  const own = process.cpuUsage(ownBefore);
  const cpuSeconds = {
    'customer-cache': Math.round((own.user + own.system) / 1e5) / 10,
    ...Object.fromEntries(
      others.map((o, i) => [
        o.name,
        Math.round((cpuSecondsOf(o.pid) - (cpuBefore[i] ?? 0)) * 10) / 10,
      ]),
    ),
  };
  // The refresh's peak, before the bench's own read of the cache below adds to it.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const reply = await service.kit.bus.request(customerCacheGet, { filter: {} });
  const entries = reply.ok && Array.isArray(reply.body) ? reply.body.length : 0;
  const bridgesPeak = Object.fromEntries(bridges.map((b) => [b.name, peakRssMbOf(b.pid)]));
  const labPeak = peakRssMbOf(lab.pid);

  await service.stop();
  await Promise.all(bridges.map((bridge) => bridge.stop()));
  await lab.stop();
  await servers.stop();

  const seconds = Math.round(run.durationMs / 10) / 100;
  const cpuList = cpus();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'customer-cache-refresh',
      edges: EDGES,
      hosts: HOSTS,
      outcome: run.outcome,
      entries,
      bruin_concurrency: Number(BRUIN_CONCURRENCY),
      velocloud_concurrency: Number(VELOCLOUD_CONCURRENCY),
      seconds,
      peak_rss_mb: peakRssMb,
      target_seconds: 30,
      target_rss_mb: 300,
      others_peak_rss_mb: { ...bridgesPeak, lab: labPeak },
      cpu_seconds: cpuSeconds,
      machine: {
        node: process.version,
        cpus: cpuList.length,
        cpu: cpuList[0]?.model ?? 'unknown',
        memory_gb: Math.round(totalmem() / 1024 ** 3),
      },
    })}\n`,
  );
  if (run.outcome !== 'succeeded' || entries === 0) process.exit(1);
}

await main();
