import { describe, expect, it } from 'vitest';
import {
  createHttpServer,
  createLogger,
  createMetricsRegistry,
} from '@automation-engine/observability';
import { captureStream as logSink } from '@automation-engine/testing';

describe('createHttpServer', () => {
  it('listens on a real port and serves the probes', async () => {
    const logger = createLogger({
      service: 'svc',
      environment: 'test',
      version: '0',
      destination: logSink().stream,
    });
    const registry = createMetricsRegistry({ service: 'svc', environment: 'test' });
    const server = createHttpServer({
      logger,
      registry,
      readiness: [{ name: 'always', check: () => true }],
      host: '127.0.0.1',
      port: 0,
    });
    const address = await server.listen();
    try {
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${address}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`${address}/readyz`);
      expect(await ready.json()).toEqual({ ready: true, checks: { always: true } });
      const metrics = await fetch(`${address}/metrics`);
      expect(await metrics.text()).toContain('nodejs_heap_size_total_bytes');
    } finally {
      await server.close();
    }
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});
