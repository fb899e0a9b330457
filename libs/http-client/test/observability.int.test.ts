import type { AxiosInstance } from 'axios';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVendorClient, describeHttpError } from '@automation-engine/http-client';
import { LEVEL, captureLogger } from '@automation-engine/testing';
import { metricValue } from '@automation-engine/testing';
import { requestSeries } from './metric-value.js';
import { json, startVendorServer, type VendorServer } from './vendor-server.js';

const SECRET = 'Bearer s3cr3t-t0k3n';
const UUID = '550e8400-e29b-41d4-a716-446655440000';

let server: VendorServer;
let registry: Registry;
let sink: ReturnType<typeof captureLogger>;

beforeEach(async () => {
  registry = new Registry();
  sink = captureLogger();
  server = await startVendorServer((req, res) => {
    if (req.url.startsWith('/api/fail')) json(res, 500, { detail: 'stack trace with secrets' });
    else if (req.url.startsWith('/api/denied')) json(res, 401, {});
    else json(res, 200, { ok: true });
  });
});

afterEach(async () => {
  await server.close();
});

function client(options: { endpointLabel?: (config: { url?: string }) => string } = {}) {
  return createVendorClient({
    vendor: 'bruin',
    baseURL: `${server.url}/api`,
    logger: sink.logger,
    registry,
    retry: { retries: 1, baseDelayMs: 1 },
    auth: { login: () => Promise.resolve({ headers: { Authorization: SECRET } }) },
    ...options,
  });
}

describe('vendor client metrics', () => {
  it('labels endpoints with ids replaced and query strings dropped', async () => {
    const http = client();
    await http.get('/Ticket/5123/details?token=abc');
    await http.get('/Ticket/77/details');
    await http.get(`/edges/${UUID}/status`);
    await http.get('/Ticket', { params: { ticketId: 1 } });
    expect(await requestSeries(registry)).toEqual([
      'GET /Ticket/{id}/details 200 x2',
      'GET /edges/{id}/status 200 x1',
      'GET /Ticket 200 x1',
    ]);
  });

  it('uses endpointLabel when given', async () => {
    const http = client({ endpointLabel: () => '/inventory' });
    await http.get('/inventory/VC05400002265');
    expect(await requestSeries(registry)).toEqual(['GET /inventory 200 x1']);
  });

  it('records the duration of each attempt', async () => {
    const http = client();
    await http.get('/fail').catch(() => undefined);
    const text = await registry.metrics();
    expect(text).toContain(
      'vendor_http_request_duration_seconds_count{vendor="bruin",method="GET",endpoint="/fail"} 2',
    );
  });

  it('lets two clients share one registry', async () => {
    await client().get('/a');
    await client().get('/a');
    expect(
      await metricValue(registry, 'vendor_http_requests_total', { endpoint: '/a', status: '200' }),
    ).toBe(2);
  });
});

describe('vendor client logging', () => {
  it('writes one debug line per attempt with fields, never headers or query strings', async () => {
    await client().get('/Ticket/9?token=abc');
    const calls = sink.lines().filter((l) => l.msg === 'vendor http call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      level: LEVEL.debug,
      vendor: 'bruin',
      method: 'GET',
      endpoint: '/Ticket/{id}',
      status: '200',
      attempt: 1,
      durationMs: expect.any(Number) as number,
    });
    expect(JSON.stringify(sink.lines())).not.toContain('token=abc');
  });

  it('never logs the Authorization value, even through failures, retries and re-logins', async () => {
    const http: AxiosInstance = client();
    await http.get('/ok');
    await http.get('/fail').catch((err: unknown) => {
      sink.logger.error({ err }, 'caller logs the raw error');
    });
    await http.get('/denied').catch((err: unknown) => {
      sink.logger.error({ err, reply: JSON.parse(JSON.stringify(err)) as unknown }, 'again');
    });
    await http.post('/fail', { password: 'hunter2' }).catch((err: unknown) => {
      sink.logger.error({ err }, 'and once more');
    });
    const everything = JSON.stringify(sink.lines());
    expect(sink.lines().filter((l) => l.level === LEVEL.error)).toHaveLength(3);
    expect(everything).not.toContain('s3cr3t');
    expect(everything).not.toContain('hunter2');
    expect(everything).not.toContain('stack trace with secrets');
  });

  it('keeps the details readable on the error for the caller', async () => {
    const failure = await client()
      .get('/fail')
      .catch((err: unknown) => err);
    expect(failure).toMatchObject({
      response: { status: 500, data: { detail: expect.any(String) as string } },
    });
  });
});

describe('describeHttpError', () => {
  it('describes a vendor answer with its status, without config or headers', async () => {
    const failure = await client()
      .post('/fail?token=abc', { note: 'x' })
      .catch((err: unknown) => err);
    expect(describeHttpError(failure)).toEqual({
      vendor: 'bruin',
      method: 'POST',
      endpoint: '/fail',
      status: 500,
      code: 'ERR_BAD_RESPONSE',
      message: 'Request failed with status code 500',
    });
  });

  it('describes a refused connection with its code', async () => {
    const baseURL = server.url;
    await server.close();
    const http = createVendorClient({
      vendor: 'digi',
      baseURL,
      logger: sink.logger,
      registry,
      retry: { retries: 0 },
    });
    const failure = await http.get(`/reboot/${UUID}`).catch((err: unknown) => err);
    expect(describeHttpError(failure)).toMatchObject({
      vendor: 'digi',
      method: 'GET',
      endpoint: '/reboot/{id}',
      code: 'ECONNREFUSED',
    });
    expect(describeHttpError(failure)).not.toHaveProperty('status');
    server = await startVendorServer(() => undefined);
  });
});
