import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, freePort, waitForPort } from '@automation-engine/testing';

/** A nats-server that requires a user and password, for the credentials test. */
export async function startNatsServerWithAuth(credentials: { user: string; password: string }) {
  const binary = findBinary('nats-server');
  if (!binary) throw new Error('nats-server is not installed');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ae-nats-auth-'));
  const config = join(dir, 'nats.conf');
  writeFileSync(
    config,
    `authorization { user: "${credentials.user}", password: "${credentials.password}" }\n`,
  );
  const child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-c', config], {
    stdio: 'ignore',
  });
  await waitForPort('127.0.0.1', port);
  return {
    url: `nats://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
