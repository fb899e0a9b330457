import { bruinPaths, type BruinTokenResponse } from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LabError } from '../errors.js';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import type { LabContext } from '../lab-context.js';
import { BruinEmailLog } from './bruin-email-log.js';
import { bruinErrorBody, BruinHttpError, UNAUTHORIZED_BODY } from './bruin-http.js';
import { BruinTokenStore } from './bruin-token-store.js';
import type { BruinDeps } from './bruin-deps.js';
import { registerEmailRoutes } from './routes/email-routes.js';
import { registerInventoryRoutes } from './routes/inventory-routes.js';
import { registerRepairTicketRoute } from './routes/repair-ticket-route.js';
import { registerTicketReadRoutes } from './routes/ticket-read-routes.js';
import { registerTicketWriteRoutes } from './routes/ticket-write-routes.js';

export const BRUIN_SIMULATOR = 'bruin';

export interface BruinSimulator {
  app: FastifyInstance;
  tokens: BruinTokenStore;
  emails: BruinEmailLog;
}

/**
 * The Bruin simulator: OAuth client-credentials token endpoint and the `/api/...` endpoints the
 * bridge uses (spec §2.3), on the lab's tickets and seed inventory, behind the fault hook.
 */
export function buildBruinApp(ctx: LabContext): BruinSimulator {
  const app = createSimulatorApp(ctx.logger === undefined ? {} : { logger: ctx.logger });
  const tokens = new BruinTokenStore({
    clock: ctx.clock,
    ttlSeconds: ctx.settings.bruin.tokenTtlSeconds,
  });
  const emails = new BruinEmailLog();
  ctx.onReset(() => {
    tokens.reset();
    emails.reset();
  });
  const deps: BruinDeps = { ctx, tokens, emails };

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: BRUIN_SIMULATOR,
    sleep: ctx.sleep,
    expireAuth: (request, reply) => {
      const token = bearerToken(request);
      if (token !== null) tokens.revoke(token);
      return reply.code(401).send(UNAUTHORIZED_BODY);
    },
    defaultErrorBody: (status) =>
      status >= 500
        ? { message: 'An error has occurred.' }
        : bruinErrorBody({ message: `Error ${String(status)}`, status }),
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.toLowerCase().startsWith('/api/')) return;
    const token = bearerToken(request);
    if (token === null || !tokens.isValid(token)) return reply.code(401).send(UNAUTHORIZED_BODY);
  });
  app.setErrorHandler(bruinErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(
      bruinErrorBody({
        message: `No HTTP resource was found that matches the request URI '${request.url}'.`,
        status: 404,
      }),
    ),
  );

  app.post(bruinPaths.token, async (request, reply): Promise<BruinTokenResponse | undefined> => {
    const credentials = basicCredentials(request);
    const { clientId, clientSecret } = ctx.settings.bruin;
    if (credentials?.id !== clientId || credentials.secret !== clientSecret) {
      return reply.code(400).send({ error: 'invalid_client' });
    }
    const form = (request.body ?? {}) as Record<string, unknown>;
    if (form.grant_type !== 'client_credentials') {
      return reply.code(400).send({ error: 'unsupported_grant_type' });
    }
    const issued = tokens.issue();
    return {
      access_token: issued.token,
      expires_in: issued.expiresInSeconds,
      token_type: 'Bearer',
      scope: typeof form.scope === 'string' ? form.scope : 'public_api',
    };
  });

  registerTicketReadRoutes(app, deps);
  registerTicketWriteRoutes(app, deps);
  registerRepairTicketRoute(app, deps);
  registerInventoryRoutes(app, deps);
  registerEmailRoutes(app, deps);
  return { app, tokens, emails };
}

function bruinErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof BruinHttpError) return reply.code(error.status).send(error.body);
  if (error instanceof LabError) {
    return reply
      .code(error.status)
      .send(bruinErrorBody({ message: error.message, status: error.status }));
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply.code(status).send(bruinErrorBody({ message: (error as Error).message, status }));
  }
  reply.log.error({ err: error }, 'bruin simulator failure');
  return reply.code(500).send({ message: 'An error has occurred.' });
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

function basicCredentials(request: FastifyRequest): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (match?.[1] === undefined) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
