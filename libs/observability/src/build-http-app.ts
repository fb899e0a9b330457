import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { fastify, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { ProbeLogController } from './probe-log-controller.js';
import { runReadiness, type ReadinessCheck } from './run-readiness.js';

export interface HttpAppOptions {
  logger: Logger;
  registry: Registry;
  /** Checks behind `/readyz` (NATS connected, Redis answering…). None means always ready. */
  readiness?: readonly ReadinessCheck[];
  /** A check slower than this counts as not ready. Defaults to 2,000 ms. */
  readinessTimeoutMs?: number;
}

/** A fastify instance whose `log` is the service's pino logger. */
export type HttpApp = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger>;

export const PROBE_ROUTES = { health: '/healthz', ready: '/readyz', metrics: '/metrics' } as const;

/**
 * The fastify app serving `/healthz`, `/readyz` and `/metrics`, built but not listening, so tests
 * drive it with `app.inject()`. A service may add routes to it before listening.
 */
export function buildHttpApp(options: HttpAppOptions): HttpApp {
  const { logger, registry, readiness = [], readinessTimeoutMs = 2000 } = options;
  const app = fastify({
    loggerInstance: logger,
    logController: new ProbeLogController(Object.values(PROBE_ROUTES)),
  });

  app.get(PROBE_ROUTES.health, () => ({ status: 'ok' }));

  // Logged on change only: the probe runs every few seconds.
  let wasReady: boolean | undefined;
  app.get(PROBE_ROUTES.ready, async (_request, reply) => {
    const { ready, checks, reasons } = await runReadiness(readiness, readinessTimeoutMs);
    if (ready !== wasReady) {
      if (ready) logger.info({ checks }, 'ready');
      else logger.warn({ checks, reasons }, 'not ready');
      wasReady = ready;
    }
    return reply.code(ready ? 200 : 503).send({ ready, checks });
  });

  app.get(PROBE_ROUTES.metrics, async (_request, reply) => {
    const body = await registry.metrics();
    return reply.header('content-type', registry.contentType).send(body);
  });

  return app;
}
