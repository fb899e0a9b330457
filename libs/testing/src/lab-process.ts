import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './workspace-root.js';

/** The base URLs the lab logs in its `lab.started` line (one VCO URL per host). */
export interface LabProcessUrls {
  control: string;
  bruin: string;
  vco: Record<string, string>;
  hawkeye: string;
  /** `host:port` (gRPC), not a URL. */
  t7: string;
  digi: string;
  dri: string;
  slack: string;
  email: string;
}

export interface LabProcess {
  urls: LabProcessUrls;
  pid: number;
  stop(): Promise<void>;
}

// Every simulator's port variable: 0 lets the OS pick, so a run never collides with a lab
// already listening on the default ports.
const LAB_PORT_VARIABLES = [
  'CONTROL',
  'BRUIN',
  'VCO_BASE',
  'HAWKEYE',
  'T7',
  'DIGI',
  'DRI',
  'SLACK',
  'SMTP',
].map((simulator) => `LAB_${simulator}_PORT`);

/**
 * Starts the lab (`simulators/src/main.ts`) as a child process of its own, every simulator on a
 * free port, and resolves with the URLs of its `lab.started` line. A process of its own keeps the
 * lab's CPU and memory out of the measuring process (benchmarks).
 */
export function startLabProcess(spec: {
  edges: number;
  hosts: number;
  seed?: number;
  timeoutMs?: number;
}): Promise<LabProcess> {
  const simulatorsDir = join(WORKSPACE_ROOT, 'simulators');
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(simulatorsDir, 'src', 'main.ts')],
    {
      cwd: simulatorsDir,
      env: {
        PATH: process.env['PATH'] ?? '',
        LAB_EDGES: String(spec.edges),
        LAB_HOSTS: String(spec.hosts),
        LAB_SEED: String(spec.seed ?? 42),
        ...Object.fromEntries(LAB_PORT_VARIABLES.map((variable) => [variable, '0'])),
        // The lab.started line is logged at info.
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const timeoutMs = spec.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      // Not left running unowned: nobody gets a handle to stop it.
      void stop();
      reject(new Error(`the lab did not start in ${String(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (;;) {
        const end = buffered.indexOf('\n');
        if (end < 0) break;
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        if (!line.includes('"lab.started"')) continue;
        clearTimeout(timer);
        const { urls } = JSON.parse(line) as { urls: LabProcessUrls };
        resolve({ urls, pid: child.pid ?? -1, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the lab exited with ${String(code)}`));
    });
  });
}
