import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WORKSPACE_ROOT } from './workspace-root.js';

/** One line a service wrote on stdout: the parsed pino record when it is JSON, else null. */
export interface ServiceLogLine {
  service: string;
  text: string;
  record: Record<string, unknown> | null;
}

export interface ServiceProcess {
  name: string;
  pid: number;
  url: string;
  /** Every stdout line so far, in order. */
  readonly lines: readonly ServiceLogLine[];
  /** The last 20 kB of stdout and stderr, for failure messages. */
  output(): string;
  exited(): boolean;
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when it exited. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL to the process group, synchronously (last resort when the test process exits). */
  kill(): void;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/**
 * Starts a real service (`services/<name>/src/main.ts`: a bridge, customer-cache, a monitor) as a
 * child process in its own process group (so stopping it stops anything it started), keeps its
 * stdout lines, and resolves once /readyz answers 200. A process that exits or is not ready in
 * time is killed and the error carries its output.
 */
export async function startServiceProcess(spec: {
  name: string;
  /** Label in logs and failure messages (default `name`). */
  label?: string;
  env: Record<string, string>;
  port: number;
  readyTimeoutMs?: number;
  onLine?: (line: ServiceLogLine) => void;
  /** Extra node flags (`--cpu-prof`, a heap cap…). */
  nodeArgs?: readonly string[];
}): Promise<ServiceProcess> {
  const label = spec.label ?? spec.name;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(spec.nodeArgs ?? []),
      '--conditions=source',
      '--import',
      'tsx',
      join(WORKSPACE_ROOT, 'services', spec.name, 'src', 'main.ts'),
    ],
    {
      cwd: join(WORKSPACE_ROOT, 'services', spec.name),
      env: {
        PATH: process.env['PATH'] ?? '',
        ...spec.env,
        HTTP_PORT: String(spec.port),
        HTTP_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const lines: ServiceLogLine[] = [];
  let output = '';
  const keep = (text: string) => {
    output = (output + text + '\n').slice(-20_000);
  };
  if (child.stdout !== null) {
    createInterface({ input: child.stdout }).on('line', (text) => {
      keep(text);
      const line: ServiceLogLine = { service: label, text, record: parseRecord(text) };
      lines.push(line);
      spec.onLine?.(line);
    });
  }
  if (child.stderr !== null) createInterface({ input: child.stderr }).on('line', keep);
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid ?? -1;
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const handle: ServiceProcess = {
    name: label,
    pid,
    url: `http://127.0.0.1:${String(spec.port)}`,
    lines,
    output: () => output,
    exited: hasExited,
    async stop(graceMs = 10_000) {
      if (hasExited()) return;
      signalGroup(pid, 'SIGTERM');
      const killer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exitedPromise;
      clearTimeout(killer);
      // Anything the service left in its group goes too.
      signalGroup(pid, 'SIGKILL');
    },
    kill() {
      signalGroup(pid, 'SIGKILL');
    },
  };
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 45_000);
  for (;;) {
    if (hasExited()) {
      throw new Error(`${label} exited with ${String(child.exitCode)} before ready:\n${output}`);
    }
    const ready = await fetch(`${handle.url}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return handle;
    if (Date.now() > deadline) {
      handle.kill();
      throw new Error(`${label} was not ready within the deadline:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function parseRecord(text: string): Record<string, unknown> | null {
  if (!text.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
