import { simpleParser, type AddressObject } from 'mailparser';
import type { EmailMessage } from './email-message-log.js';

/** Parses a raw message with mailparser into what the control API shows. */
export async function parseEmail(
  raw: Buffer,
): Promise<
  Pick<
    EmailMessage,
    'messageId' | 'from' | 'to' | 'cc' | 'subject' | 'text' | 'html' | 'attachments'
  >
> {
  const mail = await simpleParser(raw, { keepCidLinks: true });
  return {
    messageId: mail.messageId ?? null,
    from: mail.from?.text ?? null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '',
    text: mail.text ?? null,
    html: typeof mail.html === 'string' ? mail.html : null,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
      contentId: a.contentId ?? null,
      inline: a.contentDisposition === 'inline' || a.related === true,
    })),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  if (field === undefined) return [];
  return (Array.isArray(field) ? field : [field])
    .flatMap((group) => group.value)
    .map((a) => a.address ?? '')
    .filter((a) => a !== '');
}
