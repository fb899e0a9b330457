import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpSettings } from '../config.js';

/**
 * A nodemailer transport for the relay: a new connection (and login) per mail, as the original;
 * STARTTLS when the relay offers it on `smtp://`, TLS from the start on `smtps://`.
 */
export function createSmtpTransport(settings: SmtpSettings): Transporter {
  const url = new URL(settings.url);
  const secure = url.protocol === 'smtps:';
  return createTransport({
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    ...(settings.password === undefined
      ? {}
      : { auth: { user: settings.from, pass: settings.password } }),
    tls: { rejectUnauthorized: settings.tlsVerify },
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
}
