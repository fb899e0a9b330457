import type { FastifyInstance } from 'fastify';
import type { LabContext } from '../../lab-context.js';

/** Liveness, what the lab is (URLs, seed), and reset to the seed. */
export function registerLabRoutes(
  app: FastifyInstance,
  deps: { ctx: LabContext; urls: () => unknown },
): void {
  const { ctx } = deps;

  app.get('/healthz', () => ({ status: 'ok' }));

  app.get('/lab', () => ({
    seed: ctx.fleet.options.seed,
    edges: ctx.fleet.edges.length,
    hosts: ctx.fleet.hosts,
    urls: deps.urls(),
    clock: ctx.clock.snapshot(),
  }));

  app.post('/reset', () => {
    ctx.reset();
    return { reset: true, clock: ctx.clock.snapshot() };
  });
}
