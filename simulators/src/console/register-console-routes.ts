import type { FastifyInstance } from 'fastify';
import { consolePage } from './console-page.js';

/** Serves the lab console at `/` and `/console` (the page reads the control API itself). */
export function registerConsoleRoutes(
  app: FastifyInstance,
  options: { refreshMs?: number } = {},
): void {
  const page = consolePage(options);
  for (const path of ['/', '/console']) {
    app.get(path, (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page),
    );
  }
}
