/** A message the Slack webhook received. */
export interface SlackMessage {
  id: number;
  /** Lab time it arrived. */
  at: number;
  /** The webhook path it was posted to (`/services/T…/B…/…`). */
  webhook: string;
  text: string;
  /** The whole payload, as posted. */
  payload: Record<string, unknown>;
}

/** Messages received, oldest first; ids restart after a reset. */
export class SlackMessageLog {
  readonly #messages: SlackMessage[] = [];
  #next = 1;

  record(input: Omit<SlackMessage, 'id'>): SlackMessage {
    const message = { id: this.#next, ...input };
    this.#next += 1;
    this.#messages.push(message);
    return message;
  }

  list(): SlackMessage[] {
    return [...this.#messages];
  }

  clear(): number {
    const count = this.#messages.length;
    this.#messages.length = 0;
    return count;
  }

  reset(): void {
    this.clear();
    this.#next = 1;
  }
}
