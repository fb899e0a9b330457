import type { TestProject } from 'vitest/node';
import { resolveTestServers } from './test-servers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    natsUrl: string;
    redisUrl: string;
  }
}

/** Vitest global setup: one NATS and one Redis for the whole run, shared by every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await resolveTestServers();
  project.provide('natsUrl', servers.natsUrl);
  project.provide('redisUrl', servers.redisUrl);
  process.stderr.write(
    `test servers: NATS ${servers.natsUrl} (${servers.sources.nats}), Redis ${servers.redisUrl} (${servers.sources.redis})\n`,
  );
  return () => servers.stop();
}
