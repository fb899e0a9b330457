/**
 * `pnpm start`: the whole engine on this machine. Finds or starts NATS and Redis, starts the lab
 * (simulators) when it exists, then every service under services/ with its configuration pointing
 * at the lab, each as its own process with readable prefixed logs. Ctrl-C (or SIGTERM) stops
 * everything cleanly. A crashed process is restarted with backoff, at most 5 times.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { discoverServices, type RunUnit } from './engine-runner/discover-units.js';
import { formatLogLine } from './engine-runner/format-log-line.js';

const root = join(import.meta.dirname, '..');
const FIRST_SERVICE_PORT = Number(process.env['ENGINE_FIRST_PORT'] ?? 5101);
const MAX_RESTARTS = 5;

function say(text: string): void {
  process.stdout.write(`[engine] ${text}\n`);
}

function ensureServers(env: NodeJS.ProcessEnv): void {
  if (env['NATS_URL'] !== undefined && env['REDIS_URL'] !== undefined) return;
  const output = execFileSync(join(root, 'scripts', 'ensure-servers.sh'), {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of output.split('\n')) {
    const [key, ...value] = line.split('=');
    if (key !== undefined && key !== '' && value.length > 0) env[key] = value.join('=');
  }
}

interface Running {
  unit: RunUnit;
  child: ChildProcess;
  restarts: number;
}

const running = new Map<string, Running>();
let stopping = false;

function launch(unit: RunUnit, restarts: number, onLine?: (line: string) => void): Running {
  // Its own process group: `pnpm run` exits on a signal without passing it on, so stopping a
  // unit signals the whole group (pnpm and the service under it).
  const child = spawn(unit.command[0]!, unit.command.slice(1), {
    cwd: unit.cwd,
    env: { ...process.env, ...unit.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      onLine?.(line);
      process.stdout.write(`${formatLogLine(unit.name, line)}\n`);
    });
  }
  const entry: Running = { unit, child, restarts };
  running.set(unit.name, entry);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    say(`${unit.name} exited (code ${String(code)}, signal ${String(signal)})`);
    if (restarts >= MAX_RESTARTS) {
      say(`${unit.name} crashed ${String(MAX_RESTARTS)} times: not restarting it`);
      running.delete(unit.name);
      return;
    }
    const delay = 1_000 * 2 ** restarts;
    say(`restarting ${unit.name} in ${String(delay / 1000)} s`);
    setTimeout(() => {
      if (!stopping) launch(unit, restarts + 1, onLine);
    }, delay);
  });
  return entry;
}

/** Flattens the lab's announced URLs into env vars: LAB_BRUIN_URL, LAB_VCO_URLS (JSON)... */
function labEnv(urls: Record<string, unknown>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(urls)) {
    const name = key.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
    if (typeof value === 'string') env[`LAB_${name}_URL`] = value;
    else env[`LAB_${name}_URLS`] = JSON.stringify(value);
  }
  return env;
}

async function startLab(env: Record<string, string>): Promise<Record<string, string>> {
  if (!existsSync(join(root, 'simulators', 'src', 'main.ts'))) {
    say('no lab yet (simulators/src/main.ts): services get no vendor URLs from it');
    return {};
  }
  const unit: RunUnit = {
    name: 'lab',
    cwd: join(root, 'simulators'),
    command: ['pnpm', 'run', '--silent', 'start'],
    env,
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the lab did not announce its URLs within 60 s')),
      60_000,
    );
    let announced = false;
    launch(unit, 0, (line) => {
      if (announced) return;
      try {
        const record = JSON.parse(line) as { urls?: Record<string, unknown> };
        if (record.urls !== undefined) {
          announced = true;
          clearTimeout(timer);
          resolve(labEnv(record.urls));
        }
      } catch {
        // not JSON: a plain line
      }
    });
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/** SIGTERM to the unit's process group, then waits for every process in it (SIGKILL after 30 s). */
async function stopUnit({ child, unit }: Running): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      say(`${unit.name} did not stop within 30 s: killing it`);
      signalGroup(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping every process');
  // Services first, so they drain while the lab still answers; the lab last.
  const entries = [...running.values()];
  await Promise.all(entries.filter((entry) => entry.unit.name !== 'lab').map(stopUnit));
  await Promise.all(entries.filter((entry) => entry.unit.name === 'lab').map(stopUnit));
  say('stopped');
}

/**
 * Waits (2 min at most) until customer-cache's first refresh check finished (its job's first run:
 * a refresh when the cache is due, a quick check when Redis already holds it).
 */
async function waitCacheBuilt(port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const text = await (await fetch(`http://127.0.0.1:${String(port)}/metrics`)).text();
      const built = text
        .split('\n')
        .some(
          (line) =>
            line.startsWith('scheduled_job_runs_total{') &&
            line.includes('job="customer-cache-refresh"') &&
            Number(line.split(' ').at(-1)) > 0,
        );
      if (built) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  say('the customer cache was not built within 2 min; starting the monitors anyway');
}

/** Waits until a unit's /readyz answers 200 (bridges first, so callers find them serving). */
async function waitReady(name: string, port: number, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(`http://127.0.0.1:${String(port)}/readyz`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  say(`${name} was not ready within ${String(timeoutMs / 1000)} s; starting the rest anyway`);
  return false;
}

async function main(): Promise<void> {
  const env = process.env;
  ensureServers(env);
  const shared: Record<string, string> = {
    NATS_URL: env['NATS_URL']!,
    REDIS_URL: env['REDIS_URL']!,
    ENVIRONMENT_NAME: env['ENVIRONMENT_NAME'] ?? `${userInfo().username}-local`,
    CURRENT_ENVIRONMENT: env['CURRENT_ENVIRONMENT'] ?? 'local',
  };
  say(`NATS ${shared['NATS_URL']!}  Redis ${shared['REDIS_URL']!}`);

  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));

  const lab = await startLab(shared);
  const units = discoverServices(root, { ...env, ...shared, ...lab });
  const endpoints: string[] = [];
  const ports = new Map(units.map((unit, index) => [unit.name, FIRST_SERVICE_PORT + index]));
  const start = (unit: RunUnit) => {
    const httpPort = ports.get(unit.name) ?? FIRST_SERVICE_PORT;
    launch({ ...unit, env: { ...shared, ...lab, ...unit.env, HTTP_PORT: String(httpPort) } }, 0);
    endpoints.push(`${unit.name.padEnd(36)} http://127.0.0.1:${String(httpPort)}/metrics`);
    return httpPort;
  };
  // Bridges first, ready before the services that call them (customer-cache, monitors) start.
  const isBridge = (unit: RunUnit) => unit.name.endsWith('-bridge');
  const bridgePorts = units.filter(isBridge).map((unit) => [unit.name, start(unit)] as const);
  await Promise.all(bridgePorts.map(([name, port]) => waitReady(name, port)));
  // Then customer-cache, and the monitors once its first refresh finished: a monitor's first
  // cycle runs at start, and a cache still building (202) would skip it until the next one.
  const cache = units.find((unit) => unit.name === 'customer-cache');
  if (cache !== undefined) {
    const port = start(cache);
    if (await waitReady(cache.name, port)) await waitCacheBuilt(port);
  }
  for (const unit of units.filter((candidate) => !isBridge(candidate) && candidate !== cache)) {
    start(unit);
  }
  if (lab['LAB_CONTROL_URL'] !== undefined)
    say(`lab control API and console: ${lab['LAB_CONTROL_URL']}`);
  if (units.length === 0) say('no services under services/ yet: running the lab alone');
  for (const line of endpoints) say(line);
  say('Ctrl-C stops everything');
  if (running.size === 0) {
    say('nothing to run');
    process.exit(0);
  }
}

await main().catch(async (error: unknown) => {
  say(`failed to start: ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
});
