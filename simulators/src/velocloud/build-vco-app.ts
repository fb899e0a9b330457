import { VCO_SESSION_COOKIE, vcoLoginRequest, vcoPaths } from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LabError } from '../errors.js';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import type { LabContext } from '../lab-context.js';
import { registerEdgeRoutes } from './routes/edge-routes.js';
import { registerEventRoutes } from './routes/event-routes.js';
import { registerMonitoringRoutes } from './routes/monitoring-routes.js';
import { registerNetworkRoutes } from './routes/network-routes.js';
import type { VcoDeps } from './vco-deps.js';
import {
  parseVcoBody,
  sendExpiredSession,
  sessionCookie,
  vcoErrorBody,
  VcoHttpError,
} from './vco-http.js';
import { VcoSessionStore } from './vco-session-store.js';

export const VCO_SIMULATOR = 'vco';

export interface VcoSimulator {
  app: FastifyInstance;
  host: string;
  sessions: VcoSessionStore;
}

/**
 * One VeloCloud Orchestrator (one host of the fleet) on its own base URL: operator login with a
 * `velocloud.session` cookie that expires in lab time, and the `POST /portal/rest/...` endpoints
 * of spec §3.3, behind the fault hook (instance = the host name).
 */
export function buildVcoApp(ctx: LabContext, host: string): VcoSimulator {
  if (!ctx.fleet.hosts.includes(host))
    throw new LabError('NOT_FOUND', `no VCO host ${host} in the fleet`);
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ vco: host }) },
  );
  const sessions = new VcoSessionStore({
    clock: ctx.clock,
    ttlSeconds: ctx.settings.vco.sessionTtlSeconds,
  });
  ctx.onReset(() => {
    sessions.reset();
  });
  const deps: VcoDeps = { ctx, host, edges: ctx.fleet.index.edgesByHost.get(host) ?? [] };

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: VCO_SIMULATOR,
    instance: host,
    sleep: ctx.sleep,
    expireAuth: (request, reply) => {
      const session = sessionCookie(request);
      if (session !== null) sessions.close(session);
      return sendExpiredSession(reply);
    },
    defaultErrorBody: (status) =>
      vcoErrorBody(status >= 500 ? -32603 : -32600, `Error ${String(status)}`),
  });
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]?.toLowerCase() ?? '';
    if (!path.startsWith('/portal/rest/') || path === vcoPaths.login.toLowerCase()) return;
    const session = sessionCookie(request);
    if (session === null || !sessions.isValid(session)) return sendExpiredSession(reply);
  });
  app.setErrorHandler(vcoErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(vcoErrorBody(-32601, `Method not found: ${request.url}`)),
  );

  app.post(vcoPaths.login, async (request, reply) => {
    const body = parseVcoBody(vcoLoginRequest, request.body);
    const { username, password } = ctx.settings.vco;
    if (body.username !== username || body.password !== password) {
      return reply.code(401).send(vcoErrorBody(-32000, 'Invalid username or password'));
    }
    const session = sessions.open();
    return reply
      .header('Set-Cookie', `${VCO_SESSION_COOKIE}=${session}; Path=/; HttpOnly`)
      .send({ status: 'ok' });
  });

  registerMonitoringRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerEdgeRoutes(app, deps);
  registerNetworkRoutes(app, deps);
  return { app, host, sessions };
}

function vcoErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof VcoHttpError) return reply.code(error.status).send(error.body);
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send(vcoErrorBody(-32700, (error as Error).message));
  }
  reply.log.error({ err: error }, 'vco simulator failure');
  return reply.code(500).send(vcoErrorBody(-32603, 'Internal error'));
}
