import type { Logger } from 'pino';
import type { Notifier } from './notifier.js';

/** Longest failure body quoted in a log line or a Slack message. */
const MAX_BODY_CHARS = 500;

function quote(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…` : text;
}

/**
 * Every failed bridge call is logged and sent to Slack, as the original's repositories did
 * (`Error while … in <ENVIRONMENT> environment: Error <status> - <body>`).
 */
export class BridgeFailureReporter {
  readonly #logger: Logger;
  readonly #notifier: Notifier;
  readonly #environment: string;

  constructor(deps: { logger: Logger; notifier: Notifier; environment: string }) {
    this.#logger = deps.logger;
    this.#notifier = deps.notifier;
    this.#environment = deps.environment.toUpperCase();
  }

  async report(spec: {
    what: string;
    subject: string;
    status: number | null;
    body: unknown;
  }): Promise<void> {
    const message =
      `Error while ${spec.what} in ${this.#environment} environment: ` +
      `Error ${String(spec.status)} - ${quote(spec.body)}`;
    this.#logger.error({ subject: spec.subject, status: spec.status }, message);
    await this.#notifier.slack(message);
  }
}
