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
  const child = spawn(unit.command[0]!, unit.command.slice(1), {
    cwd: unit.cwd,
    env: { ...process.env, ...unit.env },
    stdio: ['ignore', 'pipe', 'pipe'],
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

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping every process');
  await Promise.all(
    [...running.values()].map(
      ({ child, unit }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          const killer = setTimeout(() => {
            say(`${unit.name} did not stop within 30 s: killing it`);
            child.kill('SIGKILL');
          }, 30_000);
          child.once('exit', () => {
            clearTimeout(killer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  say('stopped');
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
  let port = FIRST_SERVICE_PORT;
  const endpoints: string[] = [];
  for (const unit of units) {
    const httpPort = port;
    port += 1;
    launch({ ...unit, env: { ...shared, ...lab, ...unit.env, HTTP_PORT: String(httpPort) } }, 0);
    endpoints.push(`${unit.name.padEnd(36)} http://127.0.0.1:${String(httpPort)}/metrics`);
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
