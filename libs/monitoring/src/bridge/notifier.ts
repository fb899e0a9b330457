import type { Logger } from 'pino';
import {
  notificationEmailRequest,
  notificationSlackRequest,
  type EmailData,
} from '@automation-engine/contracts/notifications';
import type { Bus } from '@automation-engine/messaging';

/**
 * Slack messages and e-mails, published fire-and-forget through notifications-bridge as the
 * original did. A failure to publish is logged, never thrown: telling people must not stop the
 * work it tells about.
 */
export class Notifier {
  readonly #bus: Bus;
  readonly #logger: Logger;
  readonly #slackPrefix: string;

  /** `slackPrefix`: put before every Slack text (customer-cache and SAM: `[<service>] `). */
  constructor(deps: { bus: Bus; logger: Logger; slackPrefix?: string }) {
    this.#bus = deps.bus;
    this.#logger = deps.logger;
    this.#slackPrefix = deps.slackPrefix ?? '';
  }

  async slack(message: string): Promise<void> {
    try {
      await this.#bus.publish(notificationSlackRequest, {
        message: `${this.#slackPrefix}${message}`,
      });
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
