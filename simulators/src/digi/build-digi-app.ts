import {
  DIGI_TOKEN_SCOPE,
  digiPaths,
  type DigiTokenResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import {
  basicCredentialsOf,
  bearerTokenOf,
  ExpiringTokenStore,
} from '../http/expiring-token-store.js';
import type { LabContext } from '../lab-context.js';
import { DigiBehaviour } from './digi-behaviour.js';
import { DIGI_INVALID_TOKEN, DigiHttpError } from './digi-http.js';
import { DigiRebootLog } from './digi-reboot-log.js';
import { registerDigiRoutes } from './digi-routes.js';

export const DIGI_SIMULATOR = 'digi';

export interface DigiSimulator {
  app: FastifyInstance;
  tokens: ExpiringTokenStore;
  reboots: DigiRebootLog;
  behaviour: DigiBehaviour;
}

/**
 * DiGi device management: OAuth client-credentials token (`basic` auth, form with
 * `scope=write:dms`), then Bearer calls whose parameters are HTTP headers (spec §6).
 */
export function buildDigiApp(ctx: LabContext): DigiSimulator {
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ lab: DIGI_SIMULATOR }) },
  );
  const settings = ctx.settings.digi;
  const tokens = new ExpiringTokenStore({
    clock: ctx.clock,
    ttlSeconds: settings.tokenTtlSeconds,
    prefix: 'digi-',
  });
  const reboots = new DigiRebootLog();
  const behaviour = new DigiBehaviour({
    outcome: 'recover',
    recoverySeconds: settings.recoverySeconds,
  });
  ctx.onReset(() => {
    tokens.reset();
    reboots.reset();
    behaviour.reset();
  });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: DIGI_SIMULATOR,
    sleep: ctx.sleep,
    expireAuth: (request, reply) => {
      tokens.revoke(bearerTokenOf(request.headers.authorization));
      return reply.code(401).send(DIGI_INVALID_TOKEN);
    },
    defaultErrorBody: (status) => ({
      error: status >= 500 ? 'server_error' : 'invalid_request',
      error_description: `Error ${String(status)}`,
    }),
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.toLowerCase().startsWith('/devicemanagement_api/')) return;
    if (!tokens.isValid(bearerTokenOf(request.headers.authorization))) {
      return reply.code(401).send(DIGI_INVALID_TOKEN);
    }
  });
  app.setErrorHandler(digiErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', error_description: `No resource ${request.url}` }),
  );

  app.post(digiPaths.token, async (request, reply): Promise<DigiTokenResponse | undefined> => {
    const credentials = basicCredentialsOf(request.headers.authorization);
    if (credentials?.id !== settings.clientId || credentials.secret !== settings.clientSecret) {
      return reply.code(401).send({ error: 'invalid_client' });
    }
    const form = (request.body ?? {}) as Record<string, unknown>;
    if (form.grant_type !== 'client_credentials') {
      return reply.code(400).send({ error: 'unsupported_grant_type' });
    }
    if (form.scope !== undefined && form.scope !== DIGI_TOKEN_SCOPE) {
      return reply.code(400).send({ error: 'invalid_scope' });
    }
    const issued = tokens.issue();
    return {
      access_token: issued.token,
      expires_in: issued.expiresInSeconds,
      token_type: 'Bearer',
    };
  });

  registerDigiRoutes(app, { ctx, reboots, behaviour });
  return { app, tokens, reboots, behaviour };
}

function digiErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DigiHttpError) return reply.code(error.status).send(error.body);
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return reply
      .code(status)
      .send({ error: 'invalid_request', error_description: (error as Error).message });
  }
  reply.log.error({ err: error }, 'digi simulator failure');
  return reply.code(500).send({ error: 'server_error', error_description: 'Internal error' });
}
