import type { Contract, RequestInputOf } from '@automation-engine/contracts';
import type { Bus, RequestResult } from '@automation-engine/messaging';
import type { BridgeFailureReporter } from './bridge-failure-reporter.js';
import { callBridge } from './call-bridge.js';

/**
 * The one way a monitor calls a bridge: a bus failure becomes a 503 result, and every failed
 * call (non-2xx, or 503 from the bus) is logged and sent to Slack before the result is returned.
 * `what` completes "Error while <what> …" (e.g. `getting details of ticket 42`); statuses in
 * `quiet` are expected answers (a 404 lookup) and are not reported.
 */
export class BridgeCaller {
  readonly #bus: Bus;
  readonly #reporter: BridgeFailureReporter;

  constructor(deps: { bus: Bus; reporter: BridgeFailureReporter }) {
    this.#bus = deps.bus;
    this.#reporter = deps.reporter;
  }

  async call<C extends Contract>(
    contract: C,
    body: RequestInputOf<C>,
    options: { what: string; timeoutMs?: number; quiet?: readonly number[] },
  ): Promise<RequestResult<C>> {
    const result = await callBridge({
      bus: this.#bus,
      contract,
      body,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    const quiet = options.quiet ?? [];
    if (!result.ok && !(result.status !== null && quiet.includes(result.status))) {
      await this.#reporter.report({
        what: options.what,
        subject: contract.subject,
        status: result.status,
        body: result.body,
      });
    }
    return result;
  }
}
