import type { NotificationHandler } from './define-handler.js';
import { postSlackMessage } from './post-slack-message.js';
import { sendEmail } from './send-email.js';

/**
 * Every subject the bridge serves. Reading mailboxes (`get.email.request`,
 * `mark.email.read.request`, queue `email_bridge`) joins this list with the fraud monitor, with an
 * IMAP client next to `smtp-client/`.
 */
export const notificationHandlers: readonly NotificationHandler[] = [postSlackMessage, sendEmail];
