import type { Logger } from 'pino';
import {
  notificationEmailRequest,
  notificationSlackRequest,
  type EmailData,
} from '@automation-engine/contracts/notifications';
import type { Bus } from '@automation-engine/messaging';

/** Slack messages and e-mails, published fire-and-forget as the original did. */
export class NotificationsRepository {
  readonly #bus: Bus;
  readonly #logger: Logger;
  readonly #prefix: string;

  constructor(deps: { bus: Bus; logger: Logger; service: string }) {
    this.#bus = deps.bus;
    this.#logger = deps.logger;
    this.#prefix = `[${deps.service}] `;
  }

  /** Posts `[customer-cache] <message>` to Slack; a failure to publish is only logged. */
  async slack(message: string): Promise<void> {
    try {
      await this.#bus.publish(notificationSlackRequest, { message: `${this.#prefix}${message}` });
    } catch (error) {
      this.#logger.warn({ err: error }, 'slack notification not published');
    }
  }

  async email(emailData: EmailData): Promise<void> {
    try {
      await this.#bus.publish(notificationEmailRequest, { email_data: emailData });
    } catch (error) {
      this.#logger.warn({ err: error, subject: emailData.subject }, 'e-mail not published');
    }
  }
}
