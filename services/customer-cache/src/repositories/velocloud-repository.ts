import type { CachedEdgeIdentifier } from '@automation-engine/contracts/customer-cache';
import {
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestEnterprisesEdges,
  velocloudRequestLinksConfiguration,
} from '@automation-engine/contracts/velocloud';
import type { Bus } from '@automation-engine/messaging';
import { callBridge, type BridgeFailureReporter } from '@automation-engine/monitoring';

/** What the refresh asks velocloud-bridge; failures are reported and come back as `ok: false`. */
export class VelocloudRepository {
  readonly #bus: Bus;
  readonly #reporter: BridgeFailureReporter;

  constructor(deps: { bus: Bus; reporter: BridgeFailureReporter }) {
    this.#bus = deps.bus;
    this.#reporter = deps.reporter;
  }

  async linksWithEdgeInfo(host: string) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: velocloudGetLinksWithEdgeInfo,
      body: { host },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `retrieving edges links of host ${host}`,
        subject: velocloudGetLinksWithEdgeInfo.subject,
        ...reply,
      });
    }
    return reply;
  }

  async enterpriseEdges(host: string, enterpriseId: number) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: velocloudRequestEnterprisesEdges,
      body: { host, enterprise_id: enterpriseId },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `retrieving edge list of host ${host} and enterprise ${String(enterpriseId)}`,
        subject: velocloudRequestEnterprisesEdges.subject,
        ...reply,
      });
    }
    return reply;
  }

  async linksConfiguration(edge: CachedEdgeIdentifier) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: velocloudRequestLinksConfiguration,
      body: edge,
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `retrieving links configuration for edge ${JSON.stringify(edge)}`,
        subject: velocloudRequestLinksConfiguration.subject,
        ...reply,
      });
    }
    return reply;
  }
}
