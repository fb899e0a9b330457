/**
 * bus-rpc: our request/reply (envelope + zod on both ends, 256 B body, 64 in flight) against the
 * raw NATS client's request/reply in the same run. ratio = ours / raw throughput (target ≥ 0.85).
 */
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { pino } from 'pino';
import { z } from 'zod';
import { defineContract } from '@automation-engine/contracts';
import { connectBus } from '@automation-engine/messaging';
import { benchServers, median, printResult } from './bench-servers.js';

const IN_FLIGHT = 64;
const REQUESTS_PER_ROUND = 20_000;
const ROUNDS = 5;

const contract = defineContract({
  subject: 'bench.rpc.request',
  request: z.object({ ticket_id: z.number().int(), note: z.string() }),
  response: z.object({ ticket_id: z.number().int(), note: z.string() }),
  timeoutMs: 10_000,
});
const body = { ticket_id: 123_456, note: 'x'.repeat(256 - 35) };

async function throughput(send: () => Promise<unknown>, total: number): Promise<number> {
  let issued = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (issued < total) {
      issued += 1;
      await send();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

async function main(): Promise<void> {
  const servers = await benchServers();
  const logger = pino({ level: 'warn' });
  const rawServer: NatsConnection = await connect({ servers: servers.natsUrl });
  const rawClient: NatsConnection = await connect({ servers: servers.natsUrl });
  const rawPayload = new TextEncoder().encode(JSON.stringify({ request_id: 'x'.repeat(22), body }));
  // The raw replier in its fastest form (a callback, no iterator), echoing the request bytes.
  rawServer.subscribe('bench.raw.request', {
    callback: (error, msg) => {
      if (error === null) msg.respond(msg.data);
    },
  });
  await rawServer.flush();

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
  server.serve(contract, (request) => ({ status: 200, body: request }), { concurrency: IN_FLIGHT });
  await server.flush();

  const raw = () => rawClient.request('bench.raw.request', rawPayload, { timeout: 10_000 });
  const ours = async () => {
    const reply = await client.request(contract, body);
    if (!reply.ok) throw new Error(`unexpected status ${String(reply.status)}`);
  };
  // warm up both paths (JIT, connections)
  await throughput(raw, 5_000);
  await throughput(ours, 5_000);

  const rawRates: number[] = [];
  const ourRates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    rawRates.push(await throughput(raw, REQUESTS_PER_ROUND));
    ourRates.push(await throughput(ours, REQUESTS_PER_ROUND));
  }
  const rawRate = median(rawRates);
  const ourRate = median(ourRates);
  printResult({
    bench: 'bus-rpc',
    body_bytes: 256,
    in_flight: IN_FLIGHT,
    requests: REQUESTS_PER_ROUND * ROUNDS,
    ours_rps: Math.round(ourRate),
    raw_rps: Math.round(rawRate),
    ratio: Number((ourRate / rawRate).toFixed(3)),
    target: '>= 0.85',
  });

  await client.drain();
  await server.drain();
  await rawClient.close();
  await rawServer.close();
  await servers.stop();
}

await main();
