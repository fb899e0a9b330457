import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { customerCacheGet } from '@automation-engine/contracts/customer-cache';
import { connectBus, type Bus } from '@automation-engine/messaging';
import { TicketForwardStore } from '@automation-engine/monitoring';
import {
  labControlClient,
  startLab,
  type LabControl,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import {
  freePort,
  isolatedScope,
  sharedServers,
  startServiceProcess,
  WORKSPACE_ROOT,
  type ServiceLogLine,
  type ServiceProcess,
} from '@automation-engine/testing';
import { LabReader } from './lab-reader.js';
import { waitFor } from '@automation-engine/testing';

/** A service started as a process on the engine's scope, with env of its own. */
export interface ServiceSpec {
  /** Directory under services/. */
  service: string;
  /** Name in logs (default `service`); two instances of one service need two labels. */
  label?: string;
  env?: Record<string, string>;
}

export interface EngineOptions {
  /** Scope label (the isolated NATS prefix and ENVIRONMENT_NAME start with it). */
  name: string;
  lab?: StartLabOptions;
  /** Started after the bridges, once the customer cache answers with edges. */
  monitors?: readonly ServiceSpec[];
  /** Runs the task-dispatcher (every second) unless false; an object adds env. */
  dispatcher?: boolean | Record<string, string>;
  /** Extra env for a bridge or the cache, by service name. */
  serviceEnv?: Readonly<Record<string, Record<string, string>>>;
  /** LOG_LEVEL of every process (default `info`: decisions are info lines). */
  logLevel?: string;
}

/** A decision line (libs/monitoring DecisionLog) as a monitor logged it. */
export interface DecisionRecord {
  service: string;
  time: number;
  action: string;
  outcome: string;
  serial: string | null;
  ticket_id: number | null;
  outage_type: string | null;
  trouble: string | null;
  reason: string;
  mode: string;
  [extra: string]: unknown;
}

export interface Engine {
  lab: RunningLab;
  /** The lab's control API. */
  control: LabControl;
  /** What the lab recorded: tickets, notes, Slack, e-mails, reboots. */
  read: LabReader;
  /** NATS prefix and ENVIRONMENT_NAME of every process. */
  scope: string;
  hosts: string[];
  /** A bus on the scope (the test's caller). */
  bus: Bus;
  redis: Redis;
  /** The task-dispatcher's deferred forwards of this scope. */
  forwards: TicketForwardStore;
  processes: ReadonlyMap<string, ServiceProcess>;
  /** Env every process of the scope gets (NATS, Redis, scope, log level). */
  baseEnv: Readonly<Record<string, string>>;
  /** Starts a monitor (or any service) on the scope later, e.g. a second instance. */
  startService(spec: ServiceSpec): Promise<ServiceProcess>;
  stopService(label: string): Promise<void>;
  /** Every stdout line of one process (by label), or of all. */
  logs(label?: string): ServiceLogLine[];
  /** Decision lines, optionally of one process and matching a filter. */
  decisions(
    filter?: Partial<Pick<DecisionRecord, 'service' | 'action' | 'outcome' | 'serial'>> & {
      ticketId?: number;
    },
  ): DecisionRecord[];
  /** Lines that are neither JSON nor below `warn`: crashes, stack traces, errors. */
  problems(label?: string): ServiceLogLine[];
  close(): Promise<void>;
}

const BRIDGES = ['bruin-bridge', 'velocloud-bridge', 'digi-bridge', 'notifications-bridge'];
const everyEngine = new Set<Engine>();
let exitHookInstalled = false;

/** Kills every process group left when the test process exits (a crash, a hung teardown). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const engine of everyEngine) for (const child of engine.processes.values()) child.kill();
  });
}

/** `LAB_BRUIN_URL`, `LAB_VCO_URLS` (JSON)…: the lab's URLs as `pnpm start` names them. */
export function labEnv(urls: Readonly<Record<string, unknown>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(urls)) {
    if (value === undefined) continue;
    const name = key.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
    if (typeof value === 'string') env[`LAB_${name}_URL`] = value;
    else env[`LAB_${name}_URLS`] = JSON.stringify(value);
  }
  return env;
}

/**
 * A service's `engine.env` from its package.json, `${VAR}` expanded from `vars` — the same
 * settings `pnpm start` gives it against the lab, so these tests also check them.
 */
export function packageEngineEnv(
  service: string,
  vars: Readonly<Record<string, string>>,
): Record<string, string> {
  const manifest = JSON.parse(
    readFileSync(join(WORKSPACE_ROOT, 'services', service, 'package.json'), 'utf8'),
  ) as { engine?: { env?: Record<string, string> } };
  const env: Record<string, string> = {};
  for (const [key, template] of Object.entries(manifest.engine?.env ?? {})) {
    env[key] = template.replace(/\$\{([A-Z0-9_]+)\}/g, (_match, name: string) => vars[name] ?? '');
  }
  return env;
}

function asDecision(line: ServiceLogLine): DecisionRecord | null {
  const decision = line.record?.['decision'];
  if (typeof decision !== 'object' || decision === null) return null;
  const time = line.record?.['time'];
  return {
    ...(decision as Omit<DecisionRecord, 'service' | 'time'>),
    service: line.service,
    time: typeof time === 'number' ? time : typeof time === 'string' ? Date.parse(time) : 0,
  } as DecisionRecord;
}

/**
 * The engine on one machine for one test file: the lab in-process (clock speed 1, so the
 * services' clock and the lab's agree), then as processes on one isolated scope the bridges
 * (Bruin, VeloCloud, DiGi, notifications) pointed at the lab, the customer cache, the
 * task-dispatcher and the monitors under test. Resolves when every process is ready and the
 * cache answers with edges; on any failure everything started so far is stopped.
 */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  installExitHook();
  const lab = await startLab({
    seed: 7,
    edges: 40,
    hosts: 2,
    clock: { speed: 1 },
    ...options.lab,
  });
  const scope = isolatedScope(options.name);
  const { natsUrl, redisUrl } = sharedServers();
  const baseEnv: Record<string, string> = {
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    NATS_SUBJECT_PREFIX: scope,
    ENVIRONMENT_NAME: scope,
    CURRENT_ENVIRONMENT: 'local',
    LOG_LEVEL: options.logLevel ?? process.env['ENGINE_LOG_LEVEL'] ?? 'info',
  };
  const vars = labEnv(lab.urls);
  const processes = new Map<string, ServiceProcess>();
  /** Every process ever started, stopped ones included: their lines stay readable. */
  const everyProcess: ServiceProcess[] = [];
  const hosts = [...lab.fleet.hosts];
  const control = labControlClient(lab.urls.control);
  let bus: Bus | undefined;
  let redis: Redis | undefined;

  const startService = async (spec: ServiceSpec): Promise<ServiceProcess> => {
    const label = spec.label ?? spec.service;
    if (processes.has(label)) throw new Error(`${label} already runs`);
    const child = await startServiceProcess({
      name: spec.service,
      label,
      port: await freePort(),
      ...(process.env['ENGINE_ECHO_LOGS'] === '1'
        ? { onLine: (line: ServiceLogLine) => process.stdout.write(`[${label}] ${line.text}\n`) }
        : {}),
      env: {
        ...baseEnv,
        ...packageEngineEnv(spec.service, vars),
        ...options.serviceEnv?.[spec.service],
        ...spec.env,
      },
    });
    processes.set(label, child);
    everyProcess.push(child);
    return child;
  };

  const stopEverything = async () => {
    const all = [...processes.values()];
    const monitorsFirst = all.filter(
      (child) => !BRIDGES.includes(child.name) && child.name !== 'customer-cache',
    );
    await Promise.all(monitorsFirst.map((child) => child.stop()));
    await Promise.all(all.map((child) => child.stop()));
    await bus?.drain().catch(() => undefined);
    if (redis !== undefined) {
      const keys = await redis.keys(`${scope}-*`).catch(() => [] as string[]);
      if (keys.length > 0) await redis.del(...keys).catch(() => 0);
      await redis.quit().catch(() => redis?.disconnect());
    }
    await lab.close();
  };

  try {
    await Promise.all(BRIDGES.map((service) => startService({ service })));
    await startService({ service: 'customer-cache' });
    bus = await connectBus({
      servers: natsUrl,
      name: `acceptance-${options.name}`,
      redis: redisUrl,
      logger: pino({ level: 'silent' }),
      subjectPrefix: scope,
    });
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    const caller = bus;
    await waitFor(
      'the customer cache to answer with edges',
      async () => {
        const reply = await caller.request(customerCacheGet, { filter: {} }, { timeoutMs: 10_000 });
        return reply.status === 200 && Array.isArray(reply.body) && reply.body.length > 0;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    if (options.dispatcher !== false) {
      await startService({
        service: 'task-dispatcher',
        env: {
          DISPATCH_INTERVAL_SECONDS: '1',
          ...(typeof options.dispatcher === 'object' ? options.dispatcher : {}),
        },
      });
    }
    for (const monitor of options.monitors ?? []) await startService(monitor);
  } catch (error) {
    await stopEverything().catch(() => undefined);
    throw error;
  }

  const logs = (label?: string) =>
    everyProcess
      .filter((child) => label === undefined || child.name === label)
      .flatMap((child) => child.lines);

  const engine: Engine = {
    lab,
    control,
    read: new LabReader(lab.urls.control),
    scope,
    hosts,
    bus,
    redis,
    forwards: new TicketForwardStore({ redis, environment: scope }),
    processes,
    baseEnv,
    startService,
    async stopService(label) {
      await processes.get(label)?.stop();
      processes.delete(label);
    },
    logs,
    decisions(filter = {}) {
      return logs(filter.service)
        .map(asDecision)
        .filter((decision): decision is DecisionRecord => decision !== null)
        .filter(
          (d) =>
            (filter.action === undefined || d.action === filter.action) &&
            (filter.outcome === undefined || d.outcome === filter.outcome) &&
            (filter.serial === undefined || d.serial === filter.serial) &&
            (filter.ticketId === undefined || d.ticket_id === filter.ticketId),
        );
    },
    problems(label) {
      return logs(label).filter((line) => {
        if (line.record === null) return line.text.trim() !== '';
        const level = line.record['level'];
        return typeof level === 'number' && level >= 50;
      });
    },
    async close() {
      // Idempotent: a test may close the engine itself, afterAll closes it again.
      if (!everyEngine.delete(engine)) return;
      await stopEverything();
      writeLogs(options.name, logs());
    },
  };
  everyEngine.add(engine);
  return engine;
}

/**
 * Keeps every process's stdout of the run in `acceptance-tests/.artifacts/<name>.log` (git-ignored),
 * to read what the services did after a failed flow.
 */
function writeLogs(name: string, lines: readonly ServiceLogLine[]): void {
  const dir = join(WORKSPACE_ROOT, 'acceptance-tests', '.artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.log`),
    lines.map((line) => `[${line.service}] ${line.text}`).join('\n') + '\n',
  );
}

/**
 * Why a flow failed: the last lines of every running process (each cut at 400 characters), for
 * the assertion message; the whole logs are in `.artifacts/<name>.log` after the run.
 */
export function engineOutput(engine: Engine, lines = 15): string {
  return [...engine.processes.values()]
    .map((child) => {
      const tail = child
        .output()
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line));
      return `--- ${child.name}\n${tail.join('\n')}`;
    })
    .join('\n');
}
