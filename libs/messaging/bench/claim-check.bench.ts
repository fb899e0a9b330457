/**
 * claim-check: 5 MB and 20 MB request bodies through the bus (stored in Redis, token over NATS,
 * restored and validated on the other side) against a raw Redis SET + GET of the same bytes plus
 * one raw small NATS request, in the same run. ratio = ours / raw time (target ≤ 1.3).
 * `json_baseline_ms` is the same raw path plus the JSON encode/decode any caller of the original's
 * wire format must do by hand; `ratio_vs_json_baseline` isolates the bus's own overhead.
 */
import { connect } from '@nats-io/transport-node';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { z } from 'zod';
import { defineContract, newShortId } from '@automation-engine/contracts';
import { connectBus, readClaimCheckToken } from '@automation-engine/messaging';
import { benchServers, median, printResult } from './bench-servers.js';

const ROUNDS = 41;
const WARM_UP_ROUNDS = 3;
// Run by `pnpm bench` with --expose-gc: each sample starts on a collected heap, so no variant pays
// for the garbage of the one before it (the JSON baseline leaves ~100 MB).
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const contract = defineContract({
  subject: 'bench.blob.request',
  request: z.object({ blob: z.string() }),
  response: z.object({ received_bytes: z.number().int() }),
  timeoutMs: 60_000,
});

async function timed(run: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const servers = await benchServers();
  const logger = pino({ level: 'warn' });
  const redis = new Redis(servers.redisUrl);
  const rawNats = await connect({ servers: servers.natsUrl });
  rawNats.subscribe('bench.small.request', {
    callback: (error, msg) => {
      if (error === null) msg.respond(msg.data);
    },
  });
  // Every variant deletes the keys it stored once its sample is timed, so Redis memory stays flat
  // (300 s TTLs would otherwise pile up gigabytes over a run and slow later GETs). Ours never
  // shows its key to the caller: a plain subscriber on the subject reads it from the token.
  const storedKeys: string[] = [];
  rawNats.subscribe(contract.subject, {
    callback: (error, msg) => {
      const key = error === null ? readClaimCheckToken(msg.data) : undefined;
      if (key !== undefined) storedKeys.push(key);
    },
  });
  await rawNats.flush();
  const forgetStoredKeys = async () => {
    await rawNats.flush();
    if (storedKeys.length > 0) await redis.del(...storedKeys.splice(0));
  };

  const server = await connectBus({
    servers: servers.natsUrl,
    name: 'bench-server',
    redis: servers.redisUrl,
    logger,
  });
  const client = await connectBus({
    servers: servers.natsUrl,
    name: 'bench-client',
    redis: servers.redisUrl,
    logger,
  });
  server.serve(contract, (request) => ({
    status: 200,
    body: { received_bytes: request.blob.length },
  }));
  await server.flush();

  for (const megabytes of [5, 20]) {
    const blob = 'c'.repeat(megabytes * 1_000_000);
    const rawBytes = Buffer.from(JSON.stringify({ request_id: newShortId(), body: { blob } }));
    const raw = async () => {
      const key = newShortId();
      storedKeys.push(key);
      await redis.set(key, rawBytes, 'EX', 300);
      await rawNats.request('bench.small.request', `{"is_stored": true, "token": "${key}"}`, {
        timeout: 10_000,
      });
      await redis.getBuffer(key);
    };
    const jsonBaseline = async () => {
      const key = newShortId();
      storedKeys.push(key);
      const bytes = Buffer.from(JSON.stringify({ request_id: newShortId(), body: { blob } }));
      await redis.set(key, bytes, 'EX', 300);
      await rawNats.request('bench.small.request', `{"is_stored": true, "token": "${key}"}`, {
        timeout: 10_000,
      });
      const stored = await redis.getBuffer(key);
      JSON.parse(stored!.toString('utf8'));
    };
    const ours = async () => {
      const reply = await client.request(contract, { blob });
      if (!reply.ok || reply.body.received_bytes !== blob.length) throw new Error('bad reply');
    };
    // Warm up both sides alike (JIT, allocator, socket buffers) before any sample counts.
    for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
      await raw();
      await jsonBaseline();
      await ours();
      await forgetStoredKeys();
    }
    const rawTimes: number[] = [];
    const jsonTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      rawTimes.push(await timed(raw));
      await forgetStoredKeys();
      jsonTimes.push(await timed(jsonBaseline));
      await forgetStoredKeys();
      ourTimes.push(await timed(ours));
      await forgetStoredKeys();
    }
    const rawMs = median(rawTimes);
    const jsonMs = median(jsonTimes);
    const ourMs = median(ourTimes);
    printResult({
      bench: 'claim-check',
      body_mb: megabytes,
      rounds: ROUNDS,
      ours_ms: Number(ourMs.toFixed(1)),
      raw_ms: Number(rawMs.toFixed(1)),
      ratio: Number((ourMs / rawMs).toFixed(3)),
      target: '<= 1.3',
      json_baseline_ms: Number(jsonMs.toFixed(1)),
      ratio_vs_json_baseline: Number((ourMs / jsonMs).toFixed(3)),
    });
  }

  await client.drain();
  await server.drain();
  await rawNats.close();
  redis.disconnect();
  await servers.stop();
}

await main();
