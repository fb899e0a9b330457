import { bruinEmailReply } from '@automation-engine/contracts/bruin';
import { bruinEndpoints } from '../bruin-client/bruin-endpoints.js';
import { defineHandler } from './define-handler.js';

/**
 * `bruin.email.reply`: `POST /api/Notification/email/ReplyAll?IsContentHTMLEncoded=true|false`
 * `{content, emailId}`. The flag travels as text (the original's boolean made aiohttp fail).
 * Bruin's 4xx status and body are passed through.
 */
export const postEmailReply = defineHandler(bruinEmailReply, async (body, { bruin }) => {
  const { status, data } = await bruin.call(bruinEndpoints.emailReplyAll, {
    query: { IsContentHTMLEncoded: body.html_reply_body ? 'true' : 'false' },
    body: { content: body.reply_body, emailId: body.parent_email_id },
    failure: { passClientErrors: true },
  });
  return { status, body: data };
});
