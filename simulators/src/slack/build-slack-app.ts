import { SLACK_WEBHOOK_ERRORS, type SlackWebhookError } from '@automation-engine/vendor-apis';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { installFaultHook } from '../faults/install-fault-hook.js';
import { createSimulatorApp } from '../http/create-simulator-app.js';
import type { LabContext } from '../lab-context.js';
import { SlackMessageLog } from './slack-message-log.js';

export const SLACK_SIMULATOR = 'slack';

/** Path of the lab's webhook; any `/services/<team>/<bot>/<token>` is accepted. */
export const LAB_SLACK_WEBHOOK_PATH = '/services/T0LAB0000/B0LAB0000/lab-webhook-token';

export interface SlackSimulator {
  app: FastifyInstance;
  messages: SlackMessageLog;
}

/**
 * A Slack incoming webhook: `POST /services/<team>/<bot>/<token>` with JSON `{text}` (or form
 * `payload=<json>`) answers text `ok` and keeps the message; bad payloads get Slack's text errors
 * (`invalid_payload`, `no_text`), other paths `no_service` (spec §8).
 */
export function buildSlackApp(ctx: LabContext): SlackSimulator {
  const app = createSimulatorApp(
    ctx.logger === undefined ? {} : { logger: ctx.logger.child({ lab: SLACK_SIMULATOR }) },
  );
  const messages = new SlackMessageLog();
  ctx.onReset(() => {
    messages.reset();
  });

  app.addHook('onRequest', (_request, _reply, done) => {
    ctx.tick();
    done();
  });
  installFaultHook(app, {
    faults: ctx.faults,
    simulator: SLACK_SIMULATOR,
    sleep: ctx.sleep,
    expireAuth: (_request, reply) => slackError(reply, 'invalidToken'),
    defaultErrorBody: (status) =>
      Object.values(SLACK_WEBHOOK_ERRORS).find((e) => e.status === status)?.body ??
      SLACK_WEBHOOK_ERRORS.internal.body,
  });
  app.setErrorHandler((error, _request, reply) => {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return slackError(reply, 'invalidPayload');
    }
    reply.log.error({ err: error }, 'slack simulator failure');
    return slackError(reply, 'internal');
  });
  app.setNotFoundHandler((_request, reply) => slackError(reply, 'noService'));

  app.post('/services/:team/:bot/:token', (request, reply) => {
    const payload = payloadOf(request);
    if (payload === null) return slackError(reply, 'invalidPayload');
    const { text } = payload;
    const hasBlocks = Array.isArray(payload.blocks) || Array.isArray(payload.attachments);
    if (text !== undefined && typeof text !== 'string') return slackError(reply, 'invalidPayload');
    if ((text === undefined || text.trim() === '') && !hasBlocks) {
      return slackError(reply, 'noText');
    }
    messages.record({
      at: ctx.clock.now(),
      webhook: request.url.split('?')[0] ?? request.url,
      text: text ?? '',
      payload,
    });
    return reply.type('text/plain; charset=utf-8').send('ok');
  });

  return { app, messages };
}

function slackError(reply: FastifyReply, error: SlackWebhookError): FastifyReply {
  const { status, body } = SLACK_WEBHOOK_ERRORS[error];
  return reply.code(status).type('text/plain; charset=utf-8').send(body);
}

/** The posted object: a JSON body, or the JSON in the `payload` form field. */
function payloadOf(request: FastifyRequest): Record<string, unknown> | null {
  let body: unknown = request.body;
  if (
    typeof body === 'object' &&
    body !== null &&
    'payload' in body &&
    typeof body.payload === 'string'
  ) {
    try {
      body = JSON.parse(body.payload) as unknown;
    } catch {
      return null;
    }
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : null;
}
