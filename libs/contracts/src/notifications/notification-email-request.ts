import { z } from 'zod';
import { defineEvent } from '../define-contract.js';

/** An inline image (`Content-ID <name>`) or an attachment (base64 text/csv), base64 `data`. */
export const emailFile = z.object({ name: z.string(), data: z.string() });
export type EmailFile = z.infer<typeof emailFile>;

/** What the mail says; every key is required, as in the original. */
export const emailData = z.object({
  subject: z.string(),
  /** One address, or several separated by ", ". */
  recipient: z.string().min(1),
  text: z.string(),
  html: z.string(),
  images: z.array(emailFile),
  attachments: z.array(emailFile),
});
export type EmailData = z.infer<typeof emailData>;

/**
 * `notification.email.request` (fire-and-forget, no reply): sends a multipart/related mail with
 * text and html alternatives. Often over 1 MiB (CSV snapshots): the claim-check carries it.
 */
export const notificationEmailRequest = defineEvent({
  subject: 'notification.email.request',
  payload: z.object({ email_data: emailData }),
  description: 'Sends an e-mail (no reply)',
});
