import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { waitForPort } from './wait-for-port.js';

/** A server process this test run started itself, on a port of its own. */
export interface LocalServer {
  readonly url: string;
  readonly port: number;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** Stops and starts it again on the same port, as a crash and recovery would. */
  restart(): Promise<void>;
}

export function findBinary(name: string): string | undefined {
  for (const candidate of [
    name,
    `/usr/sbin/${name}`,
    `/usr/bin/${name}`,
    `/usr/local/bin/${name}`,
  ]) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 5_000 });
      return candidate;
    } catch {
      // not here; try the next place
    }
  }
  return undefined;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startProcess(options: {
  binary: string;
  args: string[];
  port: number;
  what: string;
}): Promise<ChildProcess> {
  const child = spawn(options.binary, options.args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  try {
    await waitForPort('127.0.0.1', options.port, { what: options.what });
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${options.what} failed to start: ${stderr.trim()}`, { cause: error });
  }
  return child;
}

function localServer(options: {
  url: string;
  port: number;
  launch: () => Promise<ChildProcess>;
  cleanup?: () => void;
}): Promise<LocalServer> {
  return options.launch().then((first) => {
    let child = first;
    return {
      url: options.url,
      port: options.port,
      async stop() {
        await stopProcess(child);
        options.cleanup?.();
      },
      async restart() {
        await stopProcess(child);
        child = await options.launch();
      },
    };
  });
}

export interface NatsServerOptions {
  jetstream?: boolean;
  /** Overrides the server's max_payload (bytes); the default is the server's 1 MiB. */
  maxPayload?: number;
}

/** Starts a nats-server of this test's own on a free port (nats-server must be installed). */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<LocalServer> {
  const binary = findBinary('nats-server');
  if (!binary)
    throw new Error('nats-server is not installed (Debian: apt-get install nats-server)');
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'ae-nats-'));
  const args = ['-a', '127.0.0.1', '-p', String(port)];
  if (options.jetstream ?? true) args.push('-js', '-sd', storeDir);
  if (options.maxPayload !== undefined) {
    // max_payload has no command-line flag: pass it through a config file.
    const configFile = join(storeDir, 'nats.conf');
    writeFileSync(configFile, `max_payload: ${String(options.maxPayload)}\n`);
    args.push('-c', configFile);
  }
  return localServer({
    url: `nats://127.0.0.1:${String(port)}`,
    port,
    launch: () => startProcess({ binary, args, port, what: `nats-server on ${String(port)}` }),
    cleanup: () => rmSync(storeDir, { recursive: true, force: true }),
  });
}

/** Starts a redis-server of this test's own on a free port, keeping nothing on disk. */
export async function startRedisServer(): Promise<LocalServer> {
  const binary = findBinary('redis-server');
  if (!binary)
    throw new Error('redis-server is not installed (Debian: apt-get install redis-server)');
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  return localServer({
    url: `redis://127.0.0.1:${String(port)}`,
    port,
    launch: () => startProcess({ binary, args, port, what: `redis-server on ${String(port)}` }),
  });
}
