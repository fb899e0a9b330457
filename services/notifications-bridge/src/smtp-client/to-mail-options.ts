import type { EmailData } from '@automation-engine/contracts/notifications';
import type { SendMailOptions } from 'nodemailer';

/**
 * The original's e-mail: text and html alternatives, images inline by `Content-ID <name>`,
 * attachments as base64 `text/csv`, to every address of `recipient` (", "-separated). nodemailer
 * nests them as multipart/mixed ⊃ multipart/related ⊃ multipart/alternative.
 */
export function toMailOptions(email: EmailData, from: string): SendMailOptions {
  return {
    from,
    to: recipientsOf(email.recipient),
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: [
      ...email.images.map((image) => ({
        filename: image.name,
        content: image.data,
        encoding: 'base64',
        cid: image.name,
      })),
      ...email.attachments.map((file) => ({
        filename: file.name,
        content: file.data,
        encoding: 'base64',
        contentType: 'text/csv',
      })),
    ],
  };
}

/** `"a@x, b@y"` → `["a@x", "b@y"]`, blanks dropped. */
export function recipientsOf(recipient: string): string[] {
  return recipient
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}
