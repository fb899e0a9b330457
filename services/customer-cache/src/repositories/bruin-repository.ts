import {
  bruinCustomerGetInfo,
  bruinGetSite,
  bruinGetTicketContacts,
  bruinInventoryAttributes,
} from '@automation-engine/contracts/bruin';
import type { Bus } from '@automation-engine/messaging';
import { callBridge, type BridgeFailureReporter } from '@automation-engine/monitoring';

type Id = number | string;

/** What the refresh asks bruin-bridge; failures are reported and come back as `ok: false`. */
export class BruinRepository {
  readonly #bus: Bus;
  readonly #reporter: BridgeFailureReporter;

  constructor(deps: { bus: Bus; reporter: BridgeFailureReporter }) {
    this.#bus = deps.bus;
    this.#reporter = deps.reporter;
  }

  async clientInfo(serviceNumber: string) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: bruinCustomerGetInfo,
      body: { service_number: serviceNumber },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `claiming client info for service number ${serviceNumber}`,
        subject: bruinCustomerGetInfo.subject,
        ...reply,
      });
    }
    return reply;
  }

  async inventoryAttributes(spec: { clientId: Id; serviceNumber: string }) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: bruinInventoryAttributes,
      body: { client_id: spec.clientId, service_number: spec.serviceNumber, status: 'A' },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `getting inventory attributes for service number ${spec.serviceNumber} and client ${String(spec.clientId)}`,
        subject: bruinInventoryAttributes.subject,
        ...reply,
      });
    }
    return reply;
  }

  async site(spec: { clientId: Id; siteId: Id }) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: bruinGetSite,
      body: { client_id: spec.clientId, site_id: spec.siteId },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `getting site details of site ${String(spec.siteId)} and client ${String(spec.clientId)}`,
        subject: bruinGetSite.subject,
        ...reply,
      });
    }
    return reply;
  }

  async ticketContacts(clientId: Id) {
    const reply = await callBridge({
      bus: this.#bus,
      contract: bruinGetTicketContacts,
      body: { client_id: clientId },
    });
    if (!reply.ok) {
      await this.#reporter.report({
        what: `getting ticket contact for client ${String(clientId)}`,
        subject: bruinGetTicketContacts.subject,
        ...reply,
      });
    }
    return reply;
  }
}
