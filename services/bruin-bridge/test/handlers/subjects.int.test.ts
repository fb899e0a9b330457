import * as contracts from '@automation-engine/contracts/bruin';
import type { FleetEdge } from '@automation-engine/simulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';
import { givenTicket, labTicket } from '../support/lab-tickets.js';

/**
 * Every subject of the bridge, round-tripped on real NATS against the lab's Bruin: given lab
 * state, when a caller requests the subject, then the reply and the lab agree. The outage-ticket
 * outcomes have their own file (outage-ticket.int.test.ts).
 */
describe('bruin-bridge subjects against the lab', () => {
  let h: Harness;
  let edge: FleetEdge;
  let clientId: number;

  beforeAll(async () => {
    h = await startHarness('subjects');
    edge = anyEdge(h.lab);
    clientId = edge.clientId;
  });

  afterAll(async () => {
    await h.close();
  });

  describe('tickets: reading', () => {
    it('bruin.ticket.request lists a client ticket of the asked statuses, once each', async () => {
      const open = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const resolved = await givenTicket(h, { serviceNumbers: [edge.serial], status: 'Resolved' });
      const reply = await h.caller.request(contracts.bruinTicket, {
        client_id: clientId,
        ticket_topic: 'VOO',
        ticket_status: ['New', 'Resolved', 'New'],
        service_number: edge.serial,
      });
      expect(reply.ok).toBe(true);
      const ids = reply.ok ? reply.body.map((t) => t.ticketID) : [];
      expect(ids).toEqual(expect.arrayContaining([open.ticketID, resolved.ticketID]));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('bruin.ticket.basic.request pages through every ticket of the filters', async () => {
      const edge2 = anyEdge(h.lab, 1);
      const seeded = [];
      for (let i = 0; i < 3; i += 1) {
        seeded.push(await givenTicket(h, { serviceNumbers: [edge2.serial], topic: 'VAS' }));
      }
      const reply = await h.caller.request(contracts.bruinTicketBasic, {
        ticket_statuses: ['New', 'InProgress'],
        client_id: edge2.clientId,
        ticket_topic: 'VAS',
        service_number: edge2.serial,
      });
      expect(reply).toMatchObject({ ok: true, status: 200 });
      expect(reply.ok && reply.body.map((t) => t.ticketID)).toEqual(seeded.map((t) => t.ticketID));
    });

    it('bruin.single_ticket.basic.request answers one ticket, 404 {} for an unknown one', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const found = await h.caller.request(contracts.bruinSingleTicketBasic, {
        ticket_id: ticket.ticketID,
      });
      expect(found).toMatchObject({ ok: true, status: 200, body: { ticketID: ticket.ticketID } });
      const missing = await h.caller.request(contracts.bruinSingleTicketBasic, { ticket_id: 1 });
      expect(missing).toEqual({ ok: false, status: 404, body: {} });
    });

    it('bruin.ticket.details.request answers details and notes unchanged', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketDetails, {
        ticket_id: String(ticket.ticketID),
      });
      expect(reply).toMatchObject({
        ok: true,
        status: 200,
        body: { ticketDetails: [{ detailValue: edge.serial }], ticketNotes: [] },
      });
    });

    it('bruin.ticket.overview.request answers the ticket, [] when none, 404 for a bad id', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const found = await h.caller.request(contracts.bruinTicketOverview, {
        ticket_id: String(ticket.ticketID),
      });
      expect(found).toMatchObject({ ok: true, body: { ticketID: ticket.ticketID } });
      const none = await h.caller.request(contracts.bruinTicketOverview, { ticket_id: 42 });
      expect(none).toEqual({ ok: true, status: 200, body: [] });
      const bad = await h.caller.request(contracts.bruinTicketOverview, { ticket_id: 'abc' });
      expect(bad).toEqual({ ok: false, status: 404, body: 'not ticket id found' });
    });

    it('bruin.ticket.detail.get.next.results lists the queues a detail can move to', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const detail = ticket.details[0]!;
      const reply = await h.caller.request(contracts.bruinTicketDetailGetNextResults, {
        ticket_id: ticket.ticketID,
        detail_id: detail.detailID,
        service_number: edge.serial,
      });
      expect(reply.ok).toBe(true);
      expect(reply.ok && reply.body.nextResults.map((r) => r.resultName)).toContain(
        'HNOC Investigate',
      );
    });

    it('bruin.ticket.get.task.history answers the rows of the ticket', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketGetTaskHistory, {
        ticket_id: ticket.ticketID,
      });
      expect(reply.ok).toBe(true);
      expect(reply.ok && reply.body[0]).toMatchObject({ CallTicketID: ticket.ticketID });
    });

    it('bruin.ticket.detailIds.request answers the detail ids of the interfaces', async () => {
      const circuit = edge.links[0]!.circuit.serviceNumber;
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial, circuit] });
      const edgeDetail = ticket.details.find((d) => d.detailValue === edge.serial)!;
      const circuitDetail = ticket.details.find((d) => d.detailValue === circuit)!;
      const reply = await h.caller.request(contracts.bruinTicketDetailIds, {
        ticket_id: ticket.ticketID,
        detail_id: edgeDetail.detailID,
        interfaces: [edge.links[0]!.interface],
      });
      expect(reply).toEqual({ ok: true, status: 200, body: [circuitDetail.detailID] });
    });

    it('bruin.get.ticket.contacts answers the client contacts, 404 when it has none', async () => {
      const client = h.lab.fleet.index.clientById.get(clientId)!;
      const reply = await h.caller.request(contracts.bruinGetTicketContacts, {
        client_id: clientId,
      });
      expect(reply.ok && reply.body.map((c) => c.email)).toEqual(
        client.contacts.map((c) => c.email),
      );
      const none = await h.caller.request(contracts.bruinGetTicketContacts, { client_id: 999 });
      expect(none).toEqual({
        ok: false,
        status: 404,
        body: 'No ticket contacts information was found for client 999',
      });
    });

    it('bruin.get.asset.topics answers the call types, Bruin 400 passed through', async () => {
      const reply = await h.caller.request(contracts.bruinGetAssetTopics, {
        client_id: String(clientId),
        service_number: edge.serial,
      });
      expect(reply.ok && reply.body.callTypes.map((c) => c.category)).toContain('VOO');
      const unknown = await h.caller.request(contracts.bruinGetAssetTopics, {
        client_id: clientId,
        service_number: 'NOT-AN-ASSET',
      });
      expect(unknown).toMatchObject({
        ok: false,
        status: 400,
        body: { type: 'ValidationException', code: 400 },
      });
    });
  });

  describe('tickets: writing', () => {
    it('bruin.ticket.note.append.request appends the note to the ticket', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketNoteAppend, {
        ticket_id: ticket.ticketID,
        note: "#*MetTel's IPA*#\nTriage",
        service_numbers: [edge.serial],
      });
      expect(reply).toMatchObject({ ok: true, status: 200 });
      const after = await labTicket(h, ticket.ticketID);
      expect(after.notes.map((n) => n.noteValue)).toEqual(["#*MetTel's IPA*#\nTriage"]);
    });

    it('bruin.ticket.multiple.notes.append.request appends each note, private ones as CON', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketMultipleNotesAppend, {
        ticket_id: ticket.ticketID,
        notes: [
          { text: 'private', service_number: edge.serial, is_private: true },
          { text: 'public', detail_id: ticket.details[0]!.detailID },
        ],
      });
      expect(reply.ok && reply.body.map((n) => [n.noteValue, n.noteType])).toEqual([
        ['private', 'CON'],
        ['public', 'ADN'],
      ]);
    });

    it('bruin.ticket.creation.request creates the ticket and answers its id', async () => {
      const reply = await h.caller.request(contracts.bruinTicketCreation, {
        clientId,
        category: 'VAS',
        services: [{ serviceNumber: edge.serial }],
        contacts: [{ email: 'ops@example.net', name: 'Ops', type: 'ticket' }],
      });
      expect(reply.ok).toBe(true);
      const ticketId = reply.ok ? reply.body.ticketIds[0]! : 0;
      expect((await labTicket(h, ticketId)).details[0]?.detailValue).toBe(edge.serial);
    });

    it('bruin.ticket.status.resolve and .open resolve and re-open a detail', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const ids = { ticket_id: ticket.ticketID, detail_id: ticket.details[0]!.detailID };
      const resolved = await h.caller.request(contracts.bruinTicketStatusResolve, {
        ...ids,
        interfaces: ['GE1'],
      });
      expect(resolved).toEqual({ ok: true, status: 200, body: 'Success' });
      expect((await labTicket(h, ticket.ticketID)).ticketStatus).toBe('Resolved');
      const opened = await h.caller.request(contracts.bruinTicketStatusOpen, ids);
      expect(opened).toEqual({ ok: true, status: 200, body: 'Success' });
      expect((await labTicket(h, ticket.ticketID)).details[0]?.detailStatus).toBe('I');
    });

    it('bruin.ticket.close closes the ticket with the note', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketClose, {
        ticket_id: ticket.ticketID,
        close_note: 'closing',
      });
      expect(reply).toEqual({ ok: true, status: 200, body: 'closed' });
      expect((await labTicket(h, ticket.ticketID)).ticketStatus).toBe('Closed');
    });

    it('bruin.ticket.unpause unpauses the detail named by service number', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketUnpause, {
        ticket_id: ticket.ticketID,
        service_number: edge.serial,
      });
      expect(reply).toEqual({ ok: true, status: 200, body: 'Success' });
    });

    it('bruin.change.ticket.severity changes it, Bruin 400 passed through', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinChangeTicketSeverity, {
        ticket_id: ticket.ticketID,
        severity: 2,
        reason: 'edge down',
      });
      expect(reply).toEqual({
        ok: true,
        status: 200,
        body: { TicketId: ticket.ticketID, Result: true },
      });
      expect((await labTicket(h, ticket.ticketID)).severity).toBe(2);
      const invalid = await h.caller.request(contracts.bruinChangeTicketSeverity, {
        ticket_id: ticket.ticketID,
        severity: 9,
        reason: 'x',
      });
      expect(invalid).toMatchObject({
        ok: false,
        status: 400,
        body: { message: 'Invalid Severity' },
      });
    });

    it('bruin.ticket.change.work moves the detail to the queue named', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketChangeWork, {
        ticket_id: ticket.ticketID,
        queue_name: 'HNOC Investigate',
        service_number: edge.serial,
      });
      expect(reply).toEqual({ ok: true, status: 200, body: { message: 'success' } });
      expect((await labTicket(h, ticket.ticketID)).details[0]?.currentTaskName).toBe(
        'HNOC Investigate',
      );
    });

    it('bruin.ticket.change.work answers 400 when the detail is already in that queue', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketChangeWork, {
        ticket_id: ticket.ticketID,
        queue_name: 'IPA Investigate',
        detail_id: ticket.details[0]!.detailID,
      });
      expect(reply).toEqual({
        ok: false,
        status: 400,
        body: `Ticket ${String(ticket.ticketID)} is already in the queue IPA Investigate`,
      });
    });

    it('bruin.ticket.change.work answers 404 for a queue Bruin does not offer', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinTicketChangeWork, {
        ticket_id: ticket.ticketID,
        queue_name: 'No Such Queue',
        service_number: edge.serial,
      });
      expect(reply).toMatchObject({ ok: false, status: 404 });
      expect(String(reply.body)).toContain('No work queue with name No Such Queue was found');
    });

    it('bruin.subscribe.user subscribes the user to the ticket', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinSubscribeUser, {
        ticket_id: ticket.ticketID,
        user_email: 'noc@example.net',
        subscription_type: 'NotesAndMilestones',
      });
      expect(reply).toEqual({ ok: true, status: 200, body: 'OK' });
      expect((await labTicket(h, ticket.ticketID)).subscribers).toEqual([
        { email: 'noc@example.net', subscriptionType: 'NotesAndMilestones' },
      ]);
    });
  });

  describe('inventory and site', () => {
    it('bruin.customer.get.info answers the active inventory of the serial', async () => {
      const reply = await h.caller.request(contracts.bruinCustomerGetInfo, {
        service_number: edge.serial,
      });
      const client = h.lab.fleet.index.clientById.get(clientId)!;
      expect(reply).toEqual({
        ok: true,
        status: 200,
        body: [{ client_id: clientId, client_name: client.clientName, site_id: edge.siteId }],
      });
      const unknown = await h.caller.request(contracts.bruinCustomerGetInfo, {
        service_number: 'VC-UNKNOWN',
      });
      expect(unknown).toEqual({ ok: true, status: 200, body: [] });
    });

    it('bruin.customer.get.info_by_did answers the client of a DID line', async () => {
      const client = h.lab.fleet.clients.find((c) => c.phoneLines.length > 0)!;
      const reply = await h.caller.request(contracts.bruinCustomerGetInfoByDid, {
        did: client.phoneLines[0]!.phoneNumber,
      });
      expect(reply).toMatchObject({ ok: true, body: { clientId: client.clientId } });
    });

    it('bruin.inventory.attributes answers the attributes unchanged', async () => {
      const reply = await h.caller.request(contracts.bruinInventoryAttributes, {
        client_id: clientId,
        status: 'A',
        service_number: edge.serial,
      });
      expect(reply.ok && reply.body.attributes).toContainEqual({
        key: 'Management Status',
        value: edge.managementStatus,
      });
    });

    it('bruin.inventory.management.status answers the Management Status value', async () => {
      const reply = await h.caller.request(contracts.bruinInventoryManagementStatus, {
        client_id: clientId,
        status: 'A',
        service_number: edge.serial,
      });
      expect(reply).toEqual({ ok: true, status: 200, body: edge.managementStatus });
    });

    it('bruin.inventory.attributes.serial answers the device serial of a wireless circuit, else null', async () => {
      const piab = [...h.lab.fleet.index.piabBySerial.values()][0];
      expect(piab, 'the seeded fleet has a PIAB device behind a wireless circuit').toBeDefined();
      const reply = await h.caller.request(contracts.bruinInventoryAttributesSerial, {
        client_id: piab!.edge.clientId,
        status: 'A',
        service_number: piab!.link.circuit.serviceNumber,
      });
      expect(reply).toEqual({ ok: true, status: 200, body: piab!.serial });
      const none = await h.caller.request(contracts.bruinInventoryAttributesSerial, {
        client_id: clientId,
        status: 'A',
        service_number: edge.serial,
      });
      expect(none).toEqual({ ok: true, status: 200, body: null });
    });

    it('bruin.get.circuit.id answers the circuit, 204 for an unknown one', async () => {
      const circuit = edge.links[0]!.circuit;
      const reply = await h.caller.request(contracts.bruinGetCircuitId, {
        circuit_id: circuit.circuitId,
      });
      expect(reply).toMatchObject({ ok: true, status: 200, body: { wtn: circuit.serviceNumber } });
      const unknown = await h.caller.request(contracts.bruinGetCircuitId, { circuit_id: 'NOPE' });
      expect(unknown).toEqual({ ok: true, status: 204, body: '204 No Content' });
    });

    it('bruin.get.site answers the site, 404 when Bruin has none', async () => {
      const reply = await h.caller.request(contracts.bruinGetSite, {
        client_id: clientId,
        site_id: edge.siteId,
      });
      expect(reply).toMatchObject({ ok: true, body: { siteID: String(edge.siteId) } });
      const none = await h.caller.request(contracts.bruinGetSite, {
        client_id: clientId,
        site_id: 1,
      });
      expect(none).toEqual({
        ok: false,
        status: 404,
        body: `No site information was found for site 1 and client ${String(clientId)}`,
      });
    });
  });

  describe('e-mail and notifications', () => {
    it('bruin.notification.email.milestone asks Bruin for the milestone e-mail', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const reply = await h.caller.request(contracts.bruinNotificationEmailMilestone, {
        ticket_id: ticket.ticketID,
        notification_type: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
        service_number: edge.serial,
      });
      expect(reply).toMatchObject({ ok: true, status: 200 });
      expect((await labTicket(h, ticket.ticketID)).notifications).toMatchObject([
        {
          notificationType: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
          serviceNumber: edge.serial,
        },
      ]);
    });

    it('bruin.email.tag.request tags once (204 "") and answers 409 the second time', async () => {
      const first = await h.caller.request(contracts.bruinEmailTag, { email_id: 5120, tag_id: 3 });
      expect(first).toEqual({ ok: true, status: 204, body: '' });
      const again = await h.caller.request(contracts.bruinEmailTag, { email_id: 5120, tag_id: 3 });
      expect(again).toEqual({
        ok: false,
        status: 409,
        body: 'Tag with ID 3 already present in e-mail with ID 5120',
      });
    });

    it('bruin.mark.email.done marks it done as the IPA user', async () => {
      const reply = await h.caller.request(contracts.bruinMarkEmailDone, { email_id: 5121 });
      expect(reply).toMatchObject({ ok: true, status: 200, body: { success: true } });
      const actions = await h.control<{ emailId: number; detail: Record<string, unknown> }[]>(
        'GET',
        '/bruin/emails',
      );
      expect(actions.find((a) => a.emailId === 5121)?.detail).toMatchObject({
        status: 'Done',
        resolution: 'Mark as done by Intelygenz Ai',
        updatedBy: 'Intelygenz Ai',
      });
    });

    it('bruin.link.ticket.email links it, 400 when Bruin says it could not', async () => {
      const ticket = await givenTicket(h, { serviceNumbers: [edge.serial] });
      const linked = await h.caller.request(contracts.bruinLinkTicketEmail, {
        ticket_id: ticket.ticketID,
        email_id: 5122,
      });
      expect(linked).toMatchObject({ ok: true, status: 200, body: { success: true } });
      const failed = await h.caller.request(contracts.bruinLinkTicketEmail, {
        ticket_id: 12,
        email_id: 5122,
      });
      expect(failed).toEqual({
        ok: false,
        status: 400,
        body: 'Problem linking ticket 12 and email 5122',
      });
    });

    it('bruin.email.status sets the status with the original resolution text', async () => {
      const reply = await h.caller.request(contracts.bruinEmailStatus, {
        email_id: 5123,
        email_status: 'AIQ',
      });
      expect(reply).toMatchObject({ ok: true, status: 200, body: { success: true } });
      const actions = await h.control<{ emailId: number; detail: Record<string, unknown> }[]>(
        'GET',
        '/bruin/emails',
      );
      expect(actions.find((a) => a.emailId === 5123)?.detail).toMatchObject({
        status: 'AIQ',
        resolution: 'Marked as AIQ by Intelygenz Ai',
      });
    });

    it('bruin.email.reply replies to all, the HTML flag sent as text', async () => {
      const reply = await h.caller.request(contracts.bruinEmailReply, {
        parent_email_id: 5124,
        reply_body: '<p>hi</p>',
      });
      expect(reply).toEqual({ ok: true, status: 200, body: 'OK' });
      const actions = await h.control<{ emailId: number; detail: Record<string, unknown> }[]>(
        'GET',
        '/bruin/emails',
      );
      expect(actions.find((a) => a.emailId === 5124)?.detail).toEqual({
        content: '<p>hi</p>',
        isContentHtmlEncoded: 'true',
      });
    });
  });
});
