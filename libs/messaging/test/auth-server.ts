import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, freePort, waitForPort } from '@automation-engine/testing';

/** The `authorization` block of a nats-server config, for the credentials tests. */
export type Authorization =
  { user: string; password: string } | { token: string } | { nkeyPublicKey: string };

function authorizationBlock(auth: Authorization): string {
  if ('user' in auth) return `authorization { user: "${auth.user}", password: "${auth.password}" }`;
  if ('token' in auth) return `authorization { token: "${auth.token}" }`;
  return `authorization { users: [ { nkey: "${auth.nkeyPublicKey}" } ] }`;
}

/** A nats-server of the test's own that requires the given credentials. */
export async function startNatsServerWithAuth(auth: Authorization) {
  const binary = findBinary('nats-server');
  if (!binary) throw new Error('nats-server is not installed');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ae-nats-auth-'));
  const config = join(dir, 'nats.conf');
  writeFileSync(config, `${authorizationBlock(auth)}\n`);
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
