import { describe, expect, it } from 'vitest';
import {
  buildHttpApp,
  counter,
  createLogger,
  createMetricsRegistry,
  type ReadinessCheck,
} from '@automation-engine/observability';
import { captureStream as logSink } from '@automation-engine/testing';

function setup(readiness: ReadinessCheck[] = [], level: 'info' | 'debug' = 'info') {
  const sink = logSink();
  const logger = createLogger({
    service: 'svc',
    environment: 'test',
    version: '0',
    level,
    destination: sink.stream,
  });
  const registry = createMetricsRegistry({ service: 'svc', environment: 'test' });
  const app = buildHttpApp({ logger, registry, readiness, readinessTimeoutMs: 100 });
  return { app, sink, registry };
}

describe('buildHttpApp', () => {
  it('answers /healthz with 200 while the process runs', async () => {
    const { app } = setup();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 and each check when all pass', async () => {
    const { app } = setup([
      { name: 'nats', check: () => true },
      { name: 'redis', check: () => Promise.resolve(true) },
    ]);
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ready: true, checks: { nats: true, redis: true } });
  });

  it('answers /readyz with 503 when a check fails, throws or is too slow', async () => {
    const { app, sink } = setup([
      { name: 'nats', check: () => true },
      { name: 'redis', check: () => false },
      {
        name: 'bruin',
        check: () => {
          throw new Error('login failed');
        },
      },
      {
        name: 'slow',
        check: () => new Promise((resolve) => setTimeout(() => resolve(true), 1000)),
      },
    ]);
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      ready: false,
      checks: { nats: true, redis: false, bruin: false, slow: false },
    });
    const warning = sink.lines().find((line) => line.msg === 'not ready');
    expect(warning).toMatchObject({ level: 'warn', reasons: { bruin: 'login failed' } });
  });

  it('logs readiness only when it changes', async () => {
    let up = false;
    const { app, sink } = setup([{ name: 'nats', check: () => up }]);
    await app.inject({ method: 'GET', url: '/readyz' });
    await app.inject({ method: 'GET', url: '/readyz' });
    up = true;
    await app.inject({ method: 'GET', url: '/readyz' });
    await app.inject({ method: 'GET', url: '/readyz' });
    expect(sink.lines().map((line) => line.msg)).toEqual(['not ready', 'ready']);
  });

  it('serves /metrics in the Prometheus text format', async () => {
    const { app, registry } = setup();
    counter(registry, { name: 'tickets_created_total', help: 'tickets' }).inc(3);
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(registry.contentType);
    expect(response.body).toContain('tickets_created_total{service="svc",environment="test"} 3');
    expect(response.body).toContain('process_resident_memory_bytes');
  });

  it('keeps probe requests out of the info log', async () => {
    const { app, sink } = setup();
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/metrics' });
    expect(sink.lines()).toEqual([]);
  });

  it('logs probe requests at debug through the given logger', async () => {
    const { app, sink } = setup([], 'debug');
    await app.inject({ method: 'GET', url: '/healthz' });
    const lines = sink.lines();
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['debug', 'incoming request'],
      ['debug', 'request completed'],
    ]);
    expect(lines[0]).toMatchObject({ service: 'svc', environment: 'test' });
  });

  it('logs other requests at info as fastify does', async () => {
    const { app, sink } = setup();
    app.get('/other', () => 'x');
    await app.inject({ method: 'GET', url: '/other' });
    await app.inject({ method: 'GET', url: '/missing' });
    const messages = sink.lines().map((line) => [line.level, line.msg]);
    expect(messages).toContainEqual(['info', 'incoming request']);
    expect(messages).toContainEqual(['info', 'request completed']);
    expect(messages).toContainEqual(['info', 'Route GET:/missing not found']);
  });
});
