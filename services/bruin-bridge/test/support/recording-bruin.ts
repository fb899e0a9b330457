import type { z } from 'zod';
import type { BruinAnswer, BruinApi, BruinCall } from '../../src/bruin-client/bruin-client.js';
import { type BruinEndpoint, bruinEndpoints } from '../../src/bruin-client/bruin-endpoints.js';

export type EndpointName = keyof typeof bruinEndpoints;

/** A canned Bruin answer: a success, or what the real client would throw. */
export type CannedAnswer = { status?: number; data: unknown } | { throws: Error };

export interface RecordedCall extends BruinCall {
  endpoint: EndpointName;
}

/**
 * Stands in for the Bruin client in unit tests: records each call (by endpoint name) and answers
 * the next canned answer, checked against the endpoint's vendor-apis schema as the client does,
 * so a fixture that Bruin could not send fails the test.
 */
export class RecordingBruin implements BruinApi {
  readonly calls: RecordedCall[] = [];
  readonly #answers: CannedAnswer[];

  constructor(answers: readonly CannedAnswer[]) {
    this.#answers = [...answers];
  }

  call<S extends z.ZodType>(
    endpoint: BruinEndpoint<S>,
    call: BruinCall = {},
  ): Promise<BruinAnswer<z.output<S>>> {
    const name = (Object.keys(bruinEndpoints) as EndpointName[]).find(
      (key) => (bruinEndpoints[key] as object) === endpoint,
    );
    if (name === undefined) throw new Error(`unknown endpoint ${endpoint.path}`);
    this.calls.push({ endpoint: name, ...call });
    const answer = this.#answers.shift();
    if (answer === undefined) throw new Error(`no canned answer for ${name}`);
    if ('throws' in answer) return Promise.reject(answer.throws);
    return Promise.resolve({
      status: answer.status ?? 200,
      data: endpoint.response.parse(answer.data),
    });
  }

  urlOf(path: string): string {
    return `https://bruin.test${path}`;
  }
}
