import {
  HAWKEYE_BAD_CREDENTIALS_MESSAGE,
  HAWKEYE_SESSION_COOKIE,
  hawkeyeLoginRequest,
  hawkeyePaths,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import { cookieOf, ExpiringTokenStore } from '../http/expiring-token-store.js';
import type { LabContext } from '../lab-context.js';
import {
  HAWKEYE_BAD_PARAMETERS,
  HAWKEYE_UNAUTHORIZED,
  hawkeyeErrorBody,
  HawkeyeHttpError,
} from './hawkeye-http.js';
import { registerHawkeyeRoutes } from './hawkeye-routes.js';
import { ProbeStateStore } from './probe-state-store.js';

export const HAWKEYE_SIMULATOR = 'hawkeye';

export interface HawkeyeSimulator {
  app: FastifyInstance;
  sessions: ExpiringTokenStore;
  probes: ProbeStateStore;
}

/**
 * Hawkeye (Ixia): `POST /login` sets a `PHPSESSID` cookie that expires in lab time; every other
 * call needs it (401 otherwise). Probes and their test results come from the seeded fleet and the
 * probes' runtime state (spec §4).
 */
export function buildHawkeyeApp(ctx: LabContext): HawkeyeSimulator {
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ lab: HAWKEYE_SIMULATOR }) },
  );
  const settings = ctx.settings.hawkeye;
  const sessions = new ExpiringTokenStore({
    clock: ctx.clock,
    ttlSeconds: settings.sessionTtlSeconds,
  });
  const probes = new ProbeStateStore({ clock: ctx.clock });
  ctx.onReset(() => {
    sessions.reset();
    probes.reset();
  });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: HAWKEYE_SIMULATOR,
    sleep: ctx.sleep,
    expireAuth: (request, reply) => {
      sessions.revoke(sessionOf(request));
      return reply.code(401).send(hawkeyeErrorBody(401, HAWKEYE_UNAUTHORIZED));
    },
    defaultErrorBody: (status) => hawkeyeErrorBody(status, `Error ${String(status)}`),
  });
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]?.toLowerCase() ?? '';
    if (path === hawkeyePaths.login || path === `${hawkeyePaths.login}/`) return;
    if (!sessions.isValid(sessionOf(request))) {
      return reply.code(401).send(hawkeyeErrorBody(401, HAWKEYE_UNAUTHORIZED));
    }
  });
  app.setErrorHandler(hawkeyeErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(hawkeyeErrorBody(404, `No route ${request.method} ${request.url}`)),
  );

  app.post(hawkeyePaths.login, async (request, reply) => {
    const body = hawkeyeLoginRequest.safeParse(request.body);
    if (!body.success) throw new HawkeyeHttpError(400, HAWKEYE_BAD_PARAMETERS);
    if (body.data.username !== settings.username || body.data.password !== settings.password) {
      throw new HawkeyeHttpError(401, HAWKEYE_BAD_CREDENTIALS_MESSAGE);
    }
    const { token } = sessions.issue();
    return reply
      .header('Set-Cookie', `${HAWKEYE_SESSION_COOKIE}=${token}; Path=/; HttpOnly`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify('200 - successful'));
  });

  registerHawkeyeRoutes(app, { ctx, state: probes });
  return { app, sessions, probes };
}

function sessionOf(request: FastifyRequest): string | null {
  return cookieOf(request.headers.cookie, HAWKEYE_SESSION_COOKIE);
}

function hawkeyeErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof HawkeyeHttpError) return reply.code(error.status).send(error.body);
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send(hawkeyeErrorBody(status, HAWKEYE_BAD_PARAMETERS));
  }
  reply.log.error({ err: error }, 'hawkeye simulator failure');
  return reply.code(500).send(hawkeyeErrorBody(500, 'Internal server error'));
}
