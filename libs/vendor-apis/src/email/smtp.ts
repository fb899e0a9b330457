import { z } from 'zod';

/**
 * Sending e-mail (spec/vendor-apis.md §9): SMTP with EHLO, STARTTLS and LOGIN, a new connection
 * per mail. The original hard-codes Gmail; the TS bridge takes host, port and TLS from config.
 */
export const SMTP_DEFAULTS = { host: 'smtp.gmail.com', port: 587, startTls: true } as const;

/** What a successful send reports (nodemailer's `info`): the relay's 250 answer. */
export const smtpSendResult = z.looseObject({
  accepted: z.array(z.union([z.string(), z.looseObject({ address: z.string() })])),
  rejected: z.array(z.union([z.string(), z.looseObject({ address: z.string() })])),
  response: z.string().regex(/^250[ -]/, 'expected a 250 reply'),
  messageId: z.string().optional(),
});
export type SmtpSendResult = z.infer<typeof smtpSendResult>;

/** Reading mail (IMAP, `[Gmail]/All Mail`): what each read item looks like. Not simulated yet. */
export const IMAP_DEFAULTS = {
  host: 'imap.gmail.com',
  port: 993,
  mailbox: '[Gmail]/All Mail',
} as const;
