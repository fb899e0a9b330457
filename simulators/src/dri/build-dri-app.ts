import { driLoginRequest, driPaths, type DriLoginResponse } from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import { bearerTokenOf, ExpiringTokenStore } from '../http/expiring-token-store.js';
import type { LabContext } from '../lab-context.js';
import { driFailed, DriHttpError, registerDriRoutes } from './dri-routes.js';
import { DriTaskStore } from './dri-task-store.js';

export const DRI_SIMULATOR = 'dri';

export interface DriSimulator {
  app: FastifyInstance;
  tokens: ExpiringTokenStore;
  tasks: DriTaskStore;
}

const UNAUTHORIZED = driFailed('Unauthorized: missing or invalid authorization token');

/**
 * DRI (ACS for PIAB devices): `POST /auth/login` (form `email`, `password`) gives a bearer
 * `authorization_token`; the `/acs/device/...` calls run the task flow of spec §7.
 */
export function buildDriApp(ctx: LabContext): DriSimulator {
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ lab: DRI_SIMULATOR }) },
  );
  const settings = ctx.settings.dri;
  const tokens = new ExpiringTokenStore({
    clock: ctx.clock,
    ttlSeconds: settings.tokenTtlSeconds,
    prefix: 'dri-',
  });
  const tasks = new DriTaskStore({ outcome: 'done', pendingPolls: settings.pendingPolls });
  ctx.onReset(() => {
    tokens.reset();
    tasks.reset();
  });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: DRI_SIMULATOR,
    sleep: ctx.sleep,
    expireAuth: (request, reply) => {
      tokens.revoke(bearerTokenOf(request.headers.authorization));
      return reply.code(401).send(UNAUTHORIZED);
    },
    defaultErrorBody: (status) => driFailed(`Error ${String(status)}`),
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.toLowerCase().startsWith('/acs/')) return;
    if (!tokens.isValid(bearerTokenOf(request.headers.authorization))) {
      return reply.code(401).send(UNAUTHORIZED);
    }
  });
  app.setErrorHandler(driErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(driFailed(`No route ${request.method} ${request.url}`)),
  );

  app.post(driPaths.login, async (request, reply): Promise<DriLoginResponse | undefined> => {
    const form = driLoginRequest.safeParse(request.body);
    if (!form.success) throw new DriHttpError(400, 'email and password are required');
    if (form.data.email !== settings.username || form.data.password !== settings.password) {
      return reply.code(401).send(driFailed('Invalid email or password'));
    }
    return { authorization_token: tokens.issue().token };
  });

  registerDriRoutes(app, { ctx, tasks });
  return { app, tokens, tasks };
}

function driErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DriHttpError) return reply.code(error.status).send(driFailed(error.message));
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send(driFailed((error as Error).message));
  }
  reply.log.error({ err: error }, 'dri simulator failure');
  return reply.code(500).send(driFailed('Internal error'));
}
