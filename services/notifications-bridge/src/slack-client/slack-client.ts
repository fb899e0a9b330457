import type { AxiosInstance } from 'axios';
import { mapSlackFailure } from './map-slack-failure.js';

/** What handlers need of Slack: the seam unit tests replace. */
export interface SlackApi {
  /** Posts `{"text": text}` to the webhook; throws the `EngineError` to answer on failure. */
  post(text: string): Promise<void>;
}

/** The incoming webhook: `POST <SLACK_WEBHOOK>` with `{"text": …}`, answered `ok`. */
export class SlackClient implements SlackApi {
  readonly #http: AxiosInstance;

  constructor(http: AxiosInstance) {
    this.#http = http;
  }

  async post(text: string): Promise<void> {
    try {
      await this.#http.post('', { text }, { responseType: 'text' });
    } catch (error) {
      throw mapSlackFailure(error);
    }
  }
}
