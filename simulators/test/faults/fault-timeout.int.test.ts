import { afterEach, describe, expect, it } from 'vitest';
import { buildBruinApp } from '../../src/bruin/build-bruin-app.js';
import { LabClock } from '../../src/clock/lab-clock.js';
import { faultSpec } from '../../src/faults/fault-spec.js';
import { fastifyServer, type LabServer } from '../../src/http/lab-server.js';
import { createLabContext } from '../../src/lab-context.js';

let server: LabServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fault injection - timeout (real socket)', () => {
  it('never answers a timed-out call until the client gives up, then serves the next one', async () => {
    const ctx = createLabContext({
      fleet: { seed: 1, edges: 5, hosts: 1 },
      clock: new LabClock({ speed: 0 }),
    });
    ctx.faults.add(
      faultSpec.parse({
        simulator: 'bruin',
        path: '/identity/connect/token',
        action: { kind: 'timeout' },
        times: 1,
      }),
    );
    server = fastifyServer(buildBruinApp(ctx).app);
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const request = (timeoutMs: number) =>
      fetch(`${url}/identity/connect/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('lab-client:lab-secret').toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
        signal: AbortSignal.timeout(timeoutMs),
      });
    await expect(request(300)).rejects.toThrow();
    const next = await request(20_000);
    expect(next.status).toBe(200);
    expect(ctx.faults.list()).toEqual([]);
  });

  it('closes promptly while a call hangs', async () => {
    const ctx = createLabContext({ fleet: { seed: 1, edges: 5, hosts: 1 } });
    ctx.faults.add(
      faultSpec.parse({ simulator: 'bruin', path: '/**', action: { kind: 'timeout' } }),
    );
    server = fastifyServer(buildBruinApp(ctx).app);
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const hanging = fetch(`${url}/api/Ticket`).catch((error: unknown) => error);
    for (let i = 0; i < 200 && ctx.faults.list()[0]?.hits !== 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(ctx.faults.list()[0]?.hits).toBe(1);
    await server.close();
    server = undefined;
    expect(await hanging).toBeInstanceOf(Error);
  });
});
