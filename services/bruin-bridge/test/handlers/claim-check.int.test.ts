import { bruinTicket } from '@automation-engine/contracts/bruin';
import { metricValue } from '@automation-engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';

const TICKETS = 6_500; // about 350 bytes each as Bruin lists them

describe('bruin.ticket.request - a listing over the NATS limit', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('claim-check');
    const edge = anyEdge(h.lab);
    // Given a client with thousands of open outage tickets (seeded straight into the lab's store).
    for (let i = 0; i < TICKETS; i += 1) {
      h.lab.context.tickets.create({
        clientId: edge.clientId,
        topicCode: 'VOO',
        serviceNumbers: [edge.serial],
        description: "MetTel's IPA -- Service Outage Trouble",
        createdBy: 'Intelygenz Ai',
      });
    }
  });

  afterAll(async () => {
    await h.close();
  });

  it('crosses NATS through the Redis claim-check, whole', async () => {
    const edge = anyEdge(h.lab);
    const stored = () =>
      metricValue(h.registry, 'bus_claim_check_payloads_total', { operation: 'stored' });
    const before = (await stored()) ?? 0;
    const reply = await h.caller.request(bruinTicket, {
      client_id: edge.clientId,
      ticket_topic: 'VOO',
      ticket_status: ['New'],
    });
    expect(reply.ok).toBe(true);
    const body = reply.ok ? reply.body : [];
    expect(body).toHaveLength(TICKETS);
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(2_000_000);
    expect(await stored()).toBe(before + 1);
  });
});
