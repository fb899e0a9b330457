import type { EmailData } from '@automation-engine/contracts/notifications';
import { smtpSendResult } from '@automation-engine/vendor-apis';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { SmtpSettings } from '../config.js';
import { retryWithBackoff } from '../delivery/retry-with-backoff.js';
import { decideSmtpRetry, mapSmtpFailure, smtpErrorFields } from './smtp-failure.js';
import { toMailOptions } from './to-mail-options.js';

/** What handlers need of the relay: the seam unit tests replace. */
export interface Mailer {
  /** Sends one e-mail, retrying transient failures; throws the `EngineError` to answer. */
  send(email: EmailData, logger: Logger): Promise<void>;
}

/** Sends through the relay with a bounded retry and backoff (`decideSmtpRetry`). */
export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #settings: SmtpSettings;

  constructor(transport: Transporter, settings: SmtpSettings) {
    this.#transport = transport;
    this.#settings = settings;
  }

  async send(email: EmailData, logger: Logger): Promise<void> {
    const settings = this.#settings;
    const mail = toMailOptions(email, settings.from);
    try {
      const info = await retryWithBackoff(() => this.#transport.sendMail(mail), {
        retries: settings.retries,
        baseDelayMs: settings.retryBaseDelayMs,
        maxDelayMs: settings.retryMaxDelayMs,
        decide: decideSmtpRetry,
        onRetry: ({ error, retry, delayMs }) => {
          const { code, responseCode, command, message } = smtpErrorFields(error);
          logger.warn(
            { vendor: 'smtp', retry, delayMs, code, responseCode, command, reason: message },
            'smtp send retry',
          );
        },
      });
      const rejected = rejectedAddresses(info);
      if (rejected.length > 0) {
        logger.warn({ vendor: 'smtp', rejected }, 'the relay refused some recipients');
      }
    } catch (error) {
      throw mapSmtpFailure(error);
    }
  }

  close(): void {
    this.#transport.close();
  }
}

/** Recipients the relay refused while it took the mail for the others. */
function rejectedAddresses(info: unknown): string[] {
  const parsed = smtpSendResult.safeParse(info);
  if (!parsed.success) return [];
  return parsed.data.rejected.map((entry) => (typeof entry === 'string' ? entry : entry.address));
}
