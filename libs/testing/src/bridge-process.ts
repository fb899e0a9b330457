import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-root.js';

export interface BridgeProcess {
  name: string;
  pid: number;
  url: string;
  /** What the process wrote on stderr and stdout (last 20 kB), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a real service (`services/<name>/src/main.ts`: a bridge, customer-cache or a monitor)
 * as a child process on `env`, and resolves once its /readyz answers 200. Only this process is
 * ever signalled, by its own PID.
 */
export async function startBridgeProcess(spec: {
  name: string;
  env: Record<string, string>;
  port: number;
  timeoutMs?: number;
  /** Extra node flags (`--cpu-prof`…). */
  nodeArgs?: readonly string[];
}): Promise<BridgeProcess> {
  const serviceDir = join(WORKSPACE_ROOT, 'services', spec.name);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(spec.nodeArgs ?? []),
      '--conditions=source',
      '--import',
      'tsx',
      join(serviceDir, 'src', 'main.ts'),
    ],
    {
      cwd: serviceDir,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...spec.env,
        HTTP_PORT: String(spec.port),
        HTTP_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${String(spec.port)}`;
  const deadline = Date.now() + (spec.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${spec.name} exited with ${String(child.exitCode)}:\n${output}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} was not ready in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid ?? -1;
  return {
    name: spec.name,
    pid,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(killer);
    },
  };
}
