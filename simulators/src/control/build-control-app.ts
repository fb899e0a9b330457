import type { FastifyInstance } from 'fastify';
import { registerConsoleRoutes } from '../console/register-console-routes.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import type { LabContext } from '../lab-context.js';
import { controlErrorHandler } from './control-http.js';
import { registerClockRoutes } from './routes/clock-routes.js';
import { registerFaultRoutes, type SimulatorCatalog } from './routes/fault-routes.js';
import { registerFleetRoutes } from './routes/fleet-routes.js';
import { registerLabRoutes } from './routes/lab-routes.js';
import { registerLinkRoutes } from './routes/link-routes.js';

export interface ControlAppOptions {
  ctx: LabContext;
  /** Simulators the faults may target, with their instances. */
  simulators: SimulatorCatalog;
  /** Routes contributed by simulators, mounted under `/<name>`. */
  extensions?: readonly { name: string; routes: (app: FastifyInstance) => void }[];
  /** The lab's URLs, for `GET /lab`. */
  urls?: () => unknown;
  /** How often the console page refreshes (default 3 s). */
  consoleRefreshMs?: number;
}

/**
 * The control API: fleet, links, faults, clock, reset, plus each simulator's own routes, and the
 * lab console page at `/`.
 */
export function buildControlApp(options: ControlAppOptions): FastifyInstance {
  const { ctx } = options;
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ lab: 'control' }) },
  );
  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  app.setErrorHandler(controlErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: 'NOT_FOUND', message: `no control route ${request.method} ${request.url}` }),
  );
  registerConsoleRoutes(
    app,
    options.consoleRefreshMs === undefined ? {} : { refreshMs: options.consoleRefreshMs },
  );
  registerLabRoutes(app, { ctx, urls: options.urls ?? (() => ({})) });
  registerFleetRoutes(app, ctx);
  registerLinkRoutes(app, ctx);
  registerFaultRoutes(app, { ctx, simulators: options.simulators });
  registerClockRoutes(app, ctx);
  for (const extension of options.extensions ?? []) {
    void app.register(
      (scope, _options, done) => {
        extension.routes(scope);
        done();
      },
      { prefix: `/${extension.name}` },
    );
  }
  return app;
}
