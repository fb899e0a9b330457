import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createVendorClient,
  isTimeout,
  statusOf,
  type VendorClientOptions,
} from '@automation-engine/http-client';
import { LEVEL, captureLogger } from '@automation-engine/testing';
import { requestSeries } from './metric-value.js';
import { json, startVendorServer, type VendorRoute, type VendorServer } from './vendor-server.js';

let server: VendorServer | undefined;
let registry: Registry;
let sink: ReturnType<typeof captureLogger>;

async function clientFor(route: VendorRoute, options: Partial<VendorClientOptions> = {}) {
  server = await startVendorServer(route);
  return createVendorClient({
    vendor: 'bruin',
    baseURL: server.url,
    logger: sink.logger,
    registry,
    retry: { baseDelayMs: 1, maxDelayMs: 20 },
    ...options,
  });
}

/** Answers with each status in turn, then 200 for ever. */
function statuses(...sequence: number[]): VendorRoute {
  let call = 0;
  return (_req, res) => {
    const status = sequence[call++] ?? 200;
    json(res, status, { call });
  };
}

beforeEach(() => {
  registry = new Registry();
  sink = captureLogger();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('vendor client retries - 5xx', () => {
  it('retries a GET that got 502 and 503, and returns the 200', async () => {
    const client = await clientFor(statuses(502, 503));
    const response = await client.get<{ call: number }>('/api/Ticket/7/details');
    expect(response.data).toEqual({ call: 3 });
    expect(server?.received).toHaveLength(3);
    expect(await requestSeries(registry)).toEqual([
      'GET /api/Ticket/{id}/details 502 x1',
      'GET /api/Ticket/{id}/details 503 x1',
      'GET /api/Ticket/{id}/details 200 x1',
    ]);
  });

  it('warns on each retry with the attempt, the reason and the delay', async () => {
    const client = await clientFor(statuses(500));
    await client.get('/api/Ticket/7');
    const warnings = sink.lines().filter((l) => l.level === LEVEL.warn);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      msg: 'vendor http retry',
      vendor: 'bruin',
      method: 'GET',
      endpoint: '/api/Ticket/{id}',
      attempt: 1,
      retry: 1,
      reason: 'server',
      status: '500',
    });
    expect(warnings[0]?.delayMs).toEqual(expect.any(Number));
  });

  it('gives up after `retries` and surfaces the last answer', async () => {
    const client = await clientFor(statuses(500, 500, 500), {
      retry: { retries: 2, baseDelayMs: 1 },
    });
    const failure = await client.get('/x').catch((err: unknown) => err);
    expect(statusOf(failure)).toBe(500);
    expect(server?.received).toHaveLength(3);
  });

  it('does not retry a POST that got 500: the vendor may have created the ticket', async () => {
    const client = await clientFor(statuses(500));
    const failure = await client.post('/api/Ticket', { clientId: 1 }).catch((err: unknown) => err);
    expect(statusOf(failure)).toBe(500);
    expect(server?.received).toHaveLength(1);
  });

  it('retries a POST on 500 when retryNonIdempotent is set, resending the same body', async () => {
    const client = await clientFor(statuses(500), {
      retry: { baseDelayMs: 1, retryNonIdempotent: true },
    });
    await client.post('/api/Ticket', { clientId: 1 });
    expect(server?.received.map((r) => r.body)).toEqual(['{"clientId":1}', '{"clientId":1}']);
  });

  it('does not retry a 4xx', async () => {
    const client = await clientFor(statuses(404));
    const failure = await client.get('/api/Ticket/1').catch((err: unknown) => err);
    expect(statusOf(failure)).toBe(404);
    expect(server?.received).toHaveLength(1);
  });
});

describe('vendor client retries - 429', () => {
  it('retries any method after the Retry-After the vendor asked for', async () => {
    let call = 0;
    const client = await clientFor((_req, res) => {
      call += 1;
      if (call === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else json(res, 201, { ticketId: 9 });
    });
    const response = await client.post('/api/Ticket', {});
    expect(response.status).toBe(201);
    expect(sink.lines().find((l) => l.msg === 'vendor http retry')).toMatchObject({
      reason: 'throttled',
      delayMs: 0,
    });
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    let call = 0;
    const client = await clientFor((_req, res) => {
      call += 1;
      if (call === 1) res.writeHead(429, { 'retry-after': '3600' }).end();
      else json(res, 200, {});
    });
    await client.get('/x');
    expect(sink.lines().find((l) => l.msg === 'vendor http retry')).toMatchObject({ delayMs: 20 });
  });
});

describe('vendor client retries - no answer', () => {
  it('retries a POST whose connection was refused, since it never reached the vendor', async () => {
    const closed = await startVendorServer(() => undefined);
    const baseURL = closed.url;
    await closed.close();
    const client = createVendorClient({
      vendor: 'digi',
      baseURL,
      logger: sink.logger,
      registry,
      retry: { retries: 2, baseDelayMs: 1 },
    });
    const failure = await client.post('/reboot', {}).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'ECONNREFUSED' });
    expect(await requestSeries(registry)).toEqual(['POST /reboot error x3']);
    expect(sink.lines().filter((l) => l.msg === 'vendor http retry')[0]).toMatchObject({
      reason: 'connect',
      status: 'error',
      code: 'ECONNREFUSED',
    });
  });

  it('reports a timeout as status "timeout" and retries a GET with a fresh budget', async () => {
    const client = await clientFor(
      () => undefined, // never answers
      { timeoutMs: 50, retry: { retries: 1, baseDelayMs: 1 } },
    );
    const failure = await client.get('/edges/12').catch((err: unknown) => err);
    expect(isTimeout(failure)).toBe(true);
    expect(statusOf(failure)).toBeUndefined();
    expect(server?.received).toHaveLength(2);
    expect(await requestSeries(registry)).toEqual(['GET /edges/{id} timeout x2']);
  });

  it('does not retry a POST that timed out', async () => {
    const client = await clientFor(() => undefined, { timeoutMs: 50 });
    const failure = await client.post('/api/Ticket', {}).catch((err: unknown) => err);
    expect(isTimeout(failure)).toBe(true);
    expect(server?.received).toHaveLength(1);
  });
});
