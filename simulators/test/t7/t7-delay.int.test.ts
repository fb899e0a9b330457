import { status as GrpcStatus } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { faultSpec } from '../../src/faults/fault-spec.js';
import { createLabContext } from '../../src/lab-context.js';
import { buildT7Server, type T7Simulator } from '../../src/t7/build-t7-server.js';
import { T7TestClient } from '../helpers/t7-client.js';

let t7: T7Simulator | undefined;
let client: T7TestClient | undefined;
afterEach(async () => {
  client?.close();
  await t7?.server.close();
});

describe('t7 - delay faults against the caller deadline', () => {
  it('answers after a delay within the deadline, DEADLINE_EXCEEDED past it', async () => {
    const releases: (() => void)[] = [];
    const ctx = createLabContext({
      fleet: { seed: 1, edges: 5, hosts: 1 },
      // A delay the test ends itself: no wall-clock assertion.
      sleep: () => new Promise<void>((resolve) => releases.push(resolve)),
    });
    t7 = buildT7Server(ctx);
    client = new T7TestClient(await t7.server.listen({ host: '127.0.0.1', port: 0 }));
    ctx.faults.add(
      faultSpec.parse({
        simulator: 't7',
        path: '/**',
        action: { kind: 'delay', delayMs: 200_000 },
        times: 2,
      }),
    );
    const late = client.call({ method: 'SaveMetrics', request: { ticket_id: 1 }, deadlineMs: 300 });
    const late2 = await late;
    expect(late2.ok ? null : late2.error.code).toBe(GrpcStatus.DEADLINE_EXCEEDED);
    releases.shift()?.();

    const waiting = client.call({ method: 'SaveMetrics', request: { ticket_id: 1 } });
    for (let i = 0; i < 200 && releases.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    releases.shift()?.();
    expect((await waiting).ok).toBe(true);
  });
});
