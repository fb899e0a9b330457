import { notificationEmailSend } from '@automation-engine/contracts/notifications';
import { NotificationChannel } from '../delivery/delivery-metrics.js';
import { reportDelivery } from '../delivery/report-delivery.js';
import { defineHandler } from './define-handler.js';

/** The original email-bridge's queue group: old and new replicas can share the subject. */
export const EMAIL_BRIDGE_QUEUE = 'email_bridge';

/**
 * `notification.email.request`: one e-mail through the SMTP relay (text + html, inline images,
 * CSV attachments), retried with backoff; answers 200 (null) when the caller asked for a reply.
 */
export const sendEmail = defineHandler({
  contract: notificationEmailSend,
  queue: EMAIL_BRIDGE_QUEUE,
  handle: async (body, { mailer, sent, logger }) => {
    const email = body.email_data;
    await reportDelivery({ channel: NotificationChannel.email, sent, logger }, () =>
      mailer.send(email, logger.child({ subjectLine: email.subject })),
    );
    return { status: 200, body: null };
  },
});
