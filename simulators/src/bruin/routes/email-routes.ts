import {
  bruinEmailReplyRequest,
  bruinEmailStatusRequest,
  bruinMilestoneRequest,
  bruinPaths,
  type BruinEmailLinkResponse,
  type BruinEmailStatusResponse,
  type BruinMilestoneResponse,
} from '@automation-engine/vendor-apis';
import type { FastifyInstance } from 'fastify';
import type { BruinDeps } from '../bruin-deps.js';
import {
  BruinHttpError,
  bruinErrorBody,
  intParam,
  parseBruinBody,
  sendJsonString,
} from '../bruin-http.js';
import { requireTicket } from './ticket-read-routes.js';

/** B24–B28: milestone e-mails and the e-mail inbox actions, recorded for the control API. */
export function registerEmailRoutes(app: FastifyInstance, deps: BruinDeps): void {
  const { clock } = deps.ctx;

  app.post(bruinPaths.milestoneEmail, (request): BruinMilestoneResponse => {
    const body = parseBruinBody(bruinMilestoneRequest, request.body);
    const ticket = requireTicket(deps, body.TicketId);
    const eventId = deps.emails.nextEventId();
    ticket.notifications.push({
      at: clock.now(),
      notificationType: body.NotificationType,
      serviceNumber: body.Detail.ServiceNumber,
      eventId,
    });
    return { eventId, jobId: eventId % 97 };
  });

  app.post(bruinPaths.emailReplyAll, async (request, reply) => {
    const body = parseBruinBody(bruinEmailReplyRequest, request.body);
    const query = (request.query ?? {}) as Record<string, unknown>;
    deps.emails.record({
      at: clock.now(),
      kind: 'reply',
      emailId: body.emailId,
      detail: { content: body.content, isContentHtmlEncoded: query.IsContentHTMLEncoded ?? null },
    });
    return sendJsonString(reply, 'OK');
  });

  app.post(bruinPaths.emailStatus, (request): BruinEmailStatusResponse => {
    const body = parseBruinBody(bruinEmailStatusRequest, request.body);
    deps.emails.record({
      at: clock.now(),
      kind: 'status',
      emailId: body.emailId,
      detail: { ...body },
    });
    return { success: true, emailId: body.emailId };
  });

  app.post(
    bruinPaths.emailTag.replace('{emailId}', ':emailId').replace('{tagId}', ':tagId'),
    async (request, reply) => {
      const emailId = intParam(request, 'emailId');
      const tagId = intParam(request, 'tagId');
      if (!deps.emails.tag(emailId, tagId)) {
        throw new BruinHttpError(
          409,
          bruinErrorBody({
            message: `Tag ${String(tagId)} already present`,
            status: 409,
            type: 'ConflictException',
          }),
        );
      }
      deps.emails.record({ at: clock.now(), kind: 'tag', emailId, detail: { tagId } });
      return reply.code(204).send();
    },
  );

  app.post(
    bruinPaths.emailLinkTicket.replace('{emailId}', ':emailId').replace('{ticketId}', ':ticketId'),
    (request): BruinEmailLinkResponse => {
      const emailId = intParam(request, 'emailId');
      const ticketId = intParam(request, 'ticketId');
      const known = deps.ctx.tickets.get(ticketId) !== undefined;
      deps.emails.record({
        at: clock.now(),
        kind: 'link',
        emailId,
        detail: { ticketId, success: known },
      });
      return known
        ? { success: true, emailId, ticketId, totalEmailAffected: 1, warnings: [] }
        : {
            success: false,
            emailId,
            ticketId,
            totalEmailAffected: 0,
            warnings: [`Ticket ${String(ticketId)} not found`],
          };
    },
  );
}
