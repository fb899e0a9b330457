import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmailMessageLog } from '../../email/email-message-log.js';
import { LabError } from '../../errors.js';
import type { SlackMessageLog } from '../../slack/slack-message-log.js';
import { parseControl } from '../control-http.js';

const slackQuery = z.strictObject({
  contains: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

const emailQuery = z.strictObject({
  to: z.string().min(1).optional(),
  subject: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

/** `/slack/messages`: what the webhook received, newest first (filter, clear). */
export function registerSlackControlRoutes(
  app: FastifyInstance,
  deps: { messages: SlackMessageLog },
): void {
  app.get('/messages', (request) => {
    const query = parseControl(slackQuery, request.query ?? {});
    const needle = query.contains?.toLowerCase();
    const matching = deps.messages
      .list()
      .filter((m) => needle === undefined || m.text.toLowerCase().includes(needle))
      .reverse();
    return {
      total: matching.length,
      messages: matching
        .slice(0, query.limit)
        .map((m) => ({ ...m, at: new Date(m.at).toISOString() })),
    };
  });

  app.delete('/messages', () => ({ removed: deps.messages.clear() }));
}

/** `/email/messages`: what the SMTP sink accepted, newest first (filter, one, raw, clear). */
export function registerEmailControlRoutes(
  app: FastifyInstance,
  deps: { messages: EmailMessageLog },
): void {
  const view = ({ raw: _raw, ...message }: ReturnType<EmailMessageLog['list']>[number]) => ({
    ...message,
    at: new Date(message.at).toISOString(),
  });
  const require = (id: string) => {
    const message = /^\d+$/.test(id) ? deps.messages.get(Number(id)) : undefined;
    if (message === undefined) throw new LabError('NOT_FOUND', `no e-mail ${id}`);
    return message;
  };

  app.get('/messages', (request) => {
    const query = parseControl(emailQuery, request.query ?? {});
    const to = query.to?.toLowerCase();
    const subject = query.subject?.toLowerCase();
    const matching = deps.messages
      .list()
      .filter(
        (m) =>
          (to === undefined ||
            [...m.to, ...m.cc, ...m.envelope.rcptTo].some((a) => a.toLowerCase() === to)) &&
          (subject === undefined || m.subject.toLowerCase().includes(subject)),
      )
      .reverse();
    return { total: matching.length, messages: matching.slice(0, query.limit).map(view) };
  });

  app.get<{ Params: { id: string } }>('/messages/:id', (request) =>
    view(require(request.params.id)),
  );

  app.get<{ Params: { id: string } }>('/messages/:id/raw', (request, reply) =>
    reply.type('message/rfc822').send(require(request.params.id).raw),
  );

  app.delete('/messages', () => ({ removed: deps.messages.clear() }));
}
