import { EngineError } from '@automation-engine/contracts';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { bruinBridgeSettings } from '../../src/config.js';
import { bruinHandlers } from '../../src/handlers/bruin-handlers.js';
import type { BruinHandler } from '../../src/handlers/define-handler.js';
import { changeDetailWorkQueue } from '../../src/handlers/change-detail-work-queue.js';
import { changeTicketSeverity } from '../../src/handlers/change-ticket-severity.js';
import { closeTicket } from '../../src/handlers/close-ticket.js';
import { getAssetTopics } from '../../src/handlers/get-asset-topics.js';
import { getAttributesSerial } from '../../src/handlers/get-attributes-serial.js';
import { getCircuitId } from '../../src/handlers/get-circuit-id.js';
import { getClientInfoByDid } from '../../src/handlers/get-client-info-by-did.js';
import { getClientInfo } from '../../src/handlers/get-client-info.js';
import { getDetailIdsByInterfaces } from '../../src/handlers/get-detail-ids-by-interfaces.js';
import { getInventoryAttributes } from '../../src/handlers/get-inventory-attributes.js';
import { getManagementStatus } from '../../src/handlers/get-management-status.js';
import { getNextResultsForTicketDetail } from '../../src/handlers/get-next-results-for-ticket-detail.js';
import { getSingleTicketBasicInfo } from '../../src/handlers/get-single-ticket-basic-info.js';
import { getSite } from '../../src/handlers/get-site.js';
import { getTicketContacts } from '../../src/handlers/get-ticket-contacts.js';
import { getTicketDetails } from '../../src/handlers/get-ticket-details.js';
import { getTicketOverview } from '../../src/handlers/get-ticket-overview.js';
import { getTicketTaskHistory } from '../../src/handlers/get-ticket-task-history.js';
import { getTicketsBasicInfo } from '../../src/handlers/get-tickets-basic-info.js';
import { getTickets } from '../../src/handlers/get-tickets.js';
import { linkTicketToEmail } from '../../src/handlers/link-ticket-to-email.js';
import { markEmailAsDone } from '../../src/handlers/mark-email-as-done.js';
import { openTicket } from '../../src/handlers/open-ticket.js';
import { postEmailReply } from '../../src/handlers/post-email-reply.js';
import { postEmailStatus } from '../../src/handlers/post-email-status.js';
import { postEmailTag } from '../../src/handlers/post-email-tag.js';
import { postMultipleTicketNotes } from '../../src/handlers/post-multiple-ticket-notes.js';
import { postNotificationEmailMilestone } from '../../src/handlers/post-notification-email-milestone.js';
import { postOutageTicket } from '../../src/handlers/post-outage-ticket.js';
import { postTicketNote } from '../../src/handlers/post-ticket-note.js';
import { postTicket } from '../../src/handlers/post-ticket.js';
import { resolveTicket } from '../../src/handlers/resolve-ticket.js';
import { subscribeUser } from '../../src/handlers/subscribe-user.js';
import { unpauseTicket } from '../../src/handlers/unpause-ticket.js';
import {
  aBasicPage,
  aContact,
  aCreatedNote,
  anInventoryDocument,
  aRepairAnswer,
  aSite,
  aTicket,
  attributesAnswer,
  circuitAnswer,
  CLIENT_ID,
  nextResultsAnswer,
  phoneLineAnswer,
  SERIAL,
  taskHistoryRow,
  ticketDetailsAnswer,
  topicsAnswer,
} from '../support/bruin-answers.js';
import {
  type CannedAnswer,
  type RecordedCall,
  RecordingBruin,
} from '../support/recording-bruin.js';

const h = {
  changeDetailWorkQueue,
  changeTicketSeverity,
  closeTicket,
  getAssetTopics,
  getAttributesSerial,
  getCircuitId,
  getClientInfoByDid,
  getClientInfo,
  getDetailIdsByInterfaces,
  getInventoryAttributes,
  getManagementStatus,
  getNextResultsForTicketDetail,
  getSingleTicketBasicInfo,
  getSite,
  getTicketContacts,
  getTicketDetails,
  getTicketOverview,
  getTicketTaskHistory,
  getTicketsBasicInfo,
  getTickets,
  linkTicketToEmail,
  markEmailAsDone,
  openTicket,
  postEmailReply,
  postEmailStatus,
  postEmailTag,
  postMultipleTicketNotes,
  postNotificationEmailMilestone,
  postOutageTicket,
  postTicketNote,
  postTicket,
  resolveTicket,
  subscribeUser,
  unpauseTicket,
};

const settings = bruinBridgeSettings({
  BRUIN_BASE_URL: 'https://bruin.test',
  BRUIN_CLIENT_ID: 'id',
  BRUIN_CLIENT_SECRET: 'secret',
  IPA_SYSTEM_USERNAME_IN_BRUIN: 'Intelygenz Ai',
  BRUIN_TIMEOUT_MS: 1_000,
  BRUIN_RETRIES: 0,
  BRUIN_RETRY_BASE_DELAY_MS: 0,
  BRUIN_CONCURRENCY: 1,
});

/** vitest's asymmetric matchers, typed for the table (they are `any` in vitest's types). */
const containing = (shape: object): unknown => expect.objectContaining(shape) as unknown;
const notContaining = (shape: object): unknown => expect.not.objectContaining(shape) as unknown;
const anything = (): unknown => expect.anything() as unknown;

interface Row {
  name: string;
  handler: BruinHandler;
  body: unknown;
  answers: CannedAnswer[];
  /** Each call Bruin received, matched field by field (`toMatchObject`). */
  calls: Partial<Record<keyof RecordedCall, unknown>>[];
  reply?: { status: number; body: unknown };
  fails?: { status: number; body: unknown };
}

const boom = (status: number, body: unknown = 'boom') =>
  new EngineError('VENDOR_DOWN', 'boom', { status, body });

/** Request → the Bruin calls made → the reply, per subject (spec/bridges.md §2.3). */
const rows: Row[] = [
  {
    name: 'bruin.ticket.request: one call per status, PascalCase filters, merged by ticketID',
    handler: h.getTickets,
    body: {
      client_id: CLIENT_ID,
      ticket_topic: 'VOO',
      ticket_status: ['New', 'InProgress'],
      category: 'SD-WAN',
      start_date: '2023-04-01T00:00:00Z',
    },
    answers: [
      { data: { responses: [aTicket({ ticketID: 1 }), aTicket({ ticketID: 2 })] } },
      { data: { responses: [aTicket({ ticketID: 2 })] } },
    ],
    calls: [
      {
        endpoint: 'tickets',
        query: {
          ClientId: CLIENT_ID,
          TicketTopic: 'VOO',
          ProductCategory: 'SD-WAN',
          TicketId: undefined,
          ServiceNumber: undefined,
          StartDate: undefined, // only with end_date too
          EndDate: undefined,
          TicketStatus: 'New',
        },
      },
      { endpoint: 'tickets', query: containing({ TicketStatus: 'InProgress' }) },
    ],
    reply: { status: 200, body: [aTicket({ ticketID: 1 }), aTicket({ ticketID: 2 })] },
  },
  {
    name: 'bruin.ticket.request: a failed status adds nothing, the others are answered',
    handler: h.getTickets,
    body: {
      client_id: CLIENT_ID,
      ticket_topic: 'VOO',
      ticket_status: ['New', 'Draft'],
      start_date: 'a',
      end_date: 'b',
    },
    answers: [{ throws: boom(500) }, { data: { responses: [aTicket({ ticketID: 3 })] } }],
    calls: [{ query: containing({ StartDate: 'a', EndDate: 'b' }) }, { endpoint: 'tickets' }],
    reply: { status: 200, body: [aTicket({ ticketID: 3 })] },
  },
  {
    name: 'bruin.ticket.request: every status failing → the first failure',
    handler: h.getTickets,
    body: { client_id: CLIENT_ID, ticket_topic: 'VOO', ticket_status: ['New', 'Draft'] },
    answers: [{ throws: boom(401, 'first') }, { throws: boom(500, 'second') }],
    calls: [{}, {}],
    fails: { status: 401, body: 'first' },
  },
  {
    name: 'bruin.ticket.basic.request: pages of 100 until total, other keys as filters',
    handler: h.getTicketsBasicInfo,
    body: { ticket_statuses: ['New', 'Draft'], client_id: CLIENT_ID, product_category: 'SD-WAN' },
    answers: [
      {
        data: aBasicPage({
          total: '3',
          tickets: [aTicket({ ticketID: 1 }), aTicket({ ticketID: 2 })],
        }),
      },
      { data: aBasicPage({ total: '3', tickets: [aTicket({ ticketID: 3 })] }) },
    ],
    calls: [
      {
        endpoint: 'ticketsBasic',
        query: {
          ClientId: CLIENT_ID,
          ProductCategory: 'SD-WAN',
          TicketStatus: ['New', 'Draft'],
          PageSize: 100,
          PageNumber: 1,
        },
      },
      { query: containing({ PageNumber: 2 }) },
    ],
    reply: {
      status: 200,
      body: [aTicket({ ticketID: 1 }), aTicket({ ticketID: 2 }), aTicket({ ticketID: 3 })],
    },
  },
  {
    name: 'bruin.ticket.basic.request: stops at an empty page before the total',
    handler: h.getTicketsBasicInfo,
    body: { ticket_statuses: ['New'] },
    answers: [
      { data: aBasicPage({ total: 5, tickets: [aTicket({ ticketID: 1 })] }) },
      { data: aBasicPage({ total: 5, tickets: [] }) },
    ],
    calls: [{ endpoint: 'ticketsBasic' }, { endpoint: 'ticketsBasic' }],
    reply: { status: 200, body: [aTicket({ ticketID: 1 })] },
  },
  {
    name: 'bruin.ticket.basic.request: stops at a page that claims tickets but lists none',
    handler: h.getTicketsBasicInfo,
    body: { ticket_statuses: ['New'] },
    answers: [{ data: { total: 5, start: 0, currentPageSize: 100, responses: [] } }],
    calls: [{ endpoint: 'ticketsBasic' }],
    reply: { status: 200, body: [] },
  },
  {
    name: 'bruin.ticket.basic.request: a failing page fails the request',
    handler: h.getTicketsBasicInfo,
    body: { ticket_statuses: ['New'] },
    answers: [
      { data: aBasicPage({ total: 500, tickets: [aTicket({ ticketID: 1 })] }) },
      { throws: boom(500) },
    ],
    calls: [{}, {}],
    fails: { status: 500, body: 'boom' },
  },
  {
    name: 'bruin.single_ticket.basic.request: the first ticket',
    handler: h.getSingleTicketBasicInfo,
    body: { ticket_id: 7 },
    answers: [{ data: aBasicPage({ total: 1, tickets: [aTicket({ ticketID: 7 })] }) }],
    calls: [{ endpoint: 'ticketsBasic', query: { TicketID: 7 } }],
    reply: { status: 200, body: aTicket({ ticketID: 7 }) },
  },
  {
    name: 'bruin.single_ticket.basic.request: none → 404 {}',
    handler: h.getSingleTicketBasicInfo,
    body: { ticket_id: '7' },
    answers: [{ data: aBasicPage({ total: 0, tickets: [] }) }],
    calls: [{ query: { TicketID: '7' } }],
    fails: { status: 404, body: {} },
  },
  {
    name: 'bruin.ticket.details.request: raw details',
    handler: h.getTicketDetails,
    body: { ticket_id: 5 },
    answers: [{ data: ticketDetailsAnswer }],
    calls: [{ endpoint: 'ticketDetails', params: { ticketId: 5 } }],
    reply: { status: 200, body: ticketDetailsAnswer },
  },
  {
    name: 'bruin.ticket.overview.request: digit string id, the first ticket',
    handler: h.getTicketOverview,
    body: { ticket_id: '5' },
    answers: [{ data: { responses: [aTicket({ ticketID: 5 }), aTicket({ ticketID: 6 })] } }],
    calls: [{ endpoint: 'tickets', query: { TicketId: 5 } }],
    reply: { status: 200, body: aTicket({ ticketID: 5 }) },
  },
  {
    name: 'bruin.ticket.overview.request: none → [] with 200',
    handler: h.getTicketOverview,
    body: { ticket_id: 5 },
    answers: [{ data: { responses: [] } }],
    calls: [{ endpoint: 'tickets' }],
    reply: { status: 200, body: [] },
  },
  {
    name: 'bruin.ticket.overview.request: null id → 404 without calling Bruin',
    handler: h.getTicketOverview,
    body: { ticket_id: null },
    answers: [],
    calls: [],
    fails: { status: 404, body: 'not ticket id found' },
  },
  {
    name: 'bruin.ticket.note.append.request: note and service numbers',
    handler: h.postTicketNote,
    body: { ticket_id: 5, note: 'hello', service_numbers: [SERIAL] },
    answers: [{ data: { noteId: 1 } }],
    calls: [
      {
        endpoint: 'noteAppend',
        params: { ticketId: 5 },
        body: { note: 'hello', serviceNumbers: [SERIAL] },
      },
    ],
    reply: { status: 200, body: { noteId: 1 } },
  },
  {
    name: 'bruin.ticket.note.append.request: no service numbers key when none',
    handler: h.postTicketNote,
    body: { ticket_id: 5, note: 'hello', service_numbers: [] },
    answers: [{ data: 'ok' }],
    calls: [{ body: { note: 'hello' } }],
    reply: { status: 200, body: 'ok' },
  },
  {
    name: 'bruin.ticket.multiple.notes.append.request: notes mapped, created notes answered',
    handler: h.postMultipleTicketNotes,
    body: {
      ticket_id: 5,
      notes: [
        { text: 'a', service_number: SERIAL, is_private: true },
        { text: 'b', detail_id: 9 },
      ],
    },
    answers: [{ data: { ticketNotes: [aCreatedNote(1, 'CON'), aCreatedNote(2, 'ADN')] } }],
    calls: [
      {
        endpoint: 'notesAdvanced',
        params: { ticketId: 5 },
        body: {
          notes: [
            { noteValue: 'a', serviceNumber: SERIAL, noteType: 'CON' },
            { noteValue: 'b', detailId: 9, noteType: 'ADN' },
          ],
        },
      },
    ],
    reply: { status: 200, body: [aCreatedNote(1, 'CON'), aCreatedNote(2, 'ADN')] },
  },
  {
    name: 'bruin.ticket.creation.request: body forwarded, notes defaulted',
    handler: h.postTicket,
    body: {
      clientId: CLIENT_ID,
      category: 'VAS',
      services: [{ serviceNumber: SERIAL }],
      contacts: [],
    },
    answers: [{ data: { ticketIds: [7302044] } }],
    calls: [
      {
        endpoint: 'ticketCreation',
        body: {
          clientId: CLIENT_ID,
          category: 'VAS',
          services: [{ serviceNumber: SERIAL }],
          contacts: [],
          notes: [],
        },
      },
    ],
    reply: { status: 200, body: { ticketIds: [7302044] } },
  },
  {
    name: 'bruin.ticket.status.open: Status O',
    handler: h.openTicket,
    body: { ticket_id: 5, detail_id: 9 },
    answers: [{ data: 'Success' }],
    calls: [
      { endpoint: 'detailStatus', params: { ticketId: 5, detailId: 9 }, body: { Status: 'O' } },
    ],
    reply: { status: 200, body: 'Success' },
  },
  {
    name: 'bruin.ticket.status.resolve: Status R with interfaces',
    handler: h.resolveTicket,
    body: { ticket_id: 5, detail_id: 9, interfaces: ['GE1'] },
    answers: [{ data: 'Success' }],
    calls: [{ endpoint: 'detailStatus', body: { Status: 'R', Interfaces: ['GE1'] } }],
    reply: { status: 200, body: 'Success' },
  },
  {
    name: 'bruin.ticket.status.resolve: no Interfaces key without interfaces',
    handler: h.resolveTicket,
    body: { ticket_id: 5, detail_id: 9, interfaces: null },
    answers: [{ data: 'Success' }],
    calls: [{ body: { Status: 'R' } }],
    reply: { status: 200, body: 'Success' },
  },
  {
    name: 'bruin.ticket.close: CloseNote',
    handler: h.closeTicket,
    body: { ticket_id: 5, close_note: 'done' },
    answers: [{ data: 'closed' }],
    calls: [{ endpoint: 'ticketClose', params: { ticketId: 5 }, body: { CloseNote: 'done' } }],
    reply: { status: 200, body: 'closed' },
  },
  {
    name: 'bruin.ticket.unpause: serviceNumber and DetailId as the original cased them',
    handler: h.unpauseTicket,
    body: { ticket_id: 5, service_number: SERIAL, detail_id: '9' },
    answers: [{ data: 'Success' }],
    calls: [{ endpoint: 'unpause', body: { serviceNumber: SERIAL, DetailId: 9 } }],
    reply: { status: 200, body: 'Success' },
  },
  {
    name: 'bruin.change.ticket.severity: Severity and Reason',
    handler: h.changeTicketSeverity,
    body: { ticket_id: 5, severity: 3, reason: 'why' },
    answers: [{ data: { TicketId: 5, Result: true } }],
    calls: [
      { endpoint: 'severity', params: { ticketId: 5 }, body: { Severity: 3, Reason: 'why' } },
    ],
    reply: { status: 200, body: { TicketId: 5, Result: true } },
  },
  {
    name: 'bruin.ticket.change.work: looks the queue up by trimmed name, then moves the detail',
    handler: h.changeDetailWorkQueue,
    body: { ticket_id: 5, queue_name: 'HNOC Investigate', detail_id: 9, service_number: SERIAL },
    answers: [
      { data: nextResultsAnswer('IPA Investigate ', ['Repair Completed', 'HNOC Investigate ']) },
      { data: { message: 'success' } },
    ],
    calls: [
      {
        endpoint: 'nextResult',
        params: { ticketId: 5 },
        query: { DetailId: 9, ServiceNumber: SERIAL },
      },
      {
        endpoint: 'workQueue',
        body: { details: [{ detailId: 9, serviceNumber: SERIAL }], notes: [], resultTypeId: 140 },
      },
    ],
    reply: { status: 200, body: { message: 'success' } },
  },
  {
    name: 'bruin.ticket.change.work: a given work_queue_id skips the lookup',
    handler: h.changeDetailWorkQueue,
    body: { ticket_id: 5, queue_name: 'X', service_number: SERIAL, work_queue_id: 141 },
    answers: [{ data: { message: 'success' } }],
    calls: [
      {
        endpoint: 'workQueue',
        body: { details: [{ serviceNumber: SERIAL }], notes: [], resultTypeId: 141 },
      },
    ],
    reply: { status: 200, body: { message: 'success' } },
  },
  {
    name: 'bruin.ticket.change.work: already in the queue → 400',
    handler: h.changeDetailWorkQueue,
    body: { ticket_id: 5, queue_name: 'IPA Investigate', detail_id: 9 },
    answers: [{ data: nextResultsAnswer('IPA Investigate ', ['HNOC Investigate']) }],
    calls: [{ endpoint: 'nextResult' }],
    fails: { status: 400, body: 'Ticket 5 is already in the queue IPA Investigate' },
  },
  {
    name: 'bruin.ticket.change.work: no queues → 404',
    handler: h.changeDetailWorkQueue,
    body: { ticket_id: 5, queue_name: 'HNOC Investigate', detail_id: 9 },
    answers: [{ data: nextResultsAnswer(null, []) }],
    calls: [{ endpoint: 'nextResult' }],
    fails: {
      status: 404,
      body: 'No work queues were found for ticket 5 and filters {"DetailId":9}',
    },
  },
  {
    name: 'bruin.ticket.change.work: a failed lookup keeps its status, explains itself',
    handler: h.changeDetailWorkQueue,
    body: { ticket_id: 5, queue_name: 'HNOC Investigate', service_number: SERIAL },
    answers: [{ throws: boom(400, { message: 'bad' }) }],
    calls: [{ endpoint: 'nextResult' }],
    fails: {
      status: 400,
      body: `Error while claiming possible work queues for ticket 5 and filters {"ServiceNumber":"${SERIAL}"}: {"message":"bad"}`,
    },
  },
  {
    name: 'bruin.ticket.detail.get.next.results: ServiceNumber and DetailId',
    handler: h.getNextResultsForTicketDetail,
    body: { ticket_id: 5, detail_id: 9, service_number: SERIAL },
    answers: [{ data: nextResultsAnswer('IPA Investigate', ['HNOC Investigate']) }],
    calls: [{ endpoint: 'nextResult', query: { ServiceNumber: SERIAL, DetailId: 9 } }],
    reply: { status: 200, body: nextResultsAnswer('IPA Investigate', ['HNOC Investigate']) },
  },
  {
    name: 'bruin.ticket.get.task.history: the result rows',
    handler: h.getTicketTaskHistory,
    body: { ticket_id: 5 },
    answers: [{ data: { result: [taskHistoryRow] } }],
    calls: [{ endpoint: 'taskHistory', query: { ticketId: 5 } }],
    reply: { status: 200, body: [taskHistoryRow] },
  },
  {
    name: 'bruin.ticket.detailIds.request: interfaces joined by commas',
    handler: h.getDetailIdsByInterfaces,
    body: { ticket_id: 5, detail_id: 9, interfaces: ['GE1', 'GE2'] },
    answers: [{ data: [10, 11] }],
    calls: [
      {
        endpoint: 'detailIds',
        params: { ticketId: 5, detailId: 9 },
        query: { interfaces: 'GE1,GE2' },
      },
    ],
    reply: { status: 200, body: [10, 11] },
  },
  {
    name: 'bruin.ticket.creation.outage.request: the repair body, the ticket id answered',
    handler: h.postOutageTicket,
    body: {
      client_id: CLIENT_ID,
      service_number: SERIAL,
      ticket_contact: { email: 'a@b.c' },
      interfaces: ['GE1'],
    },
    answers: [{ data: aRepairAnswer([{ ticketId: 7302001, errorCode: null }]) }],
    calls: [
      {
        endpoint: 'repairTicket',
        body: {
          ClientID: CLIENT_ID,
          WTNs: [SERIAL],
          RequestDescription: "MetTel's IPA -- Service Outage Trouble",
          ticketContact: { email: 'a@b.c' },
          WtnInterfaces: { [SERIAL]: ['GE1'] },
        },
      },
    ],
    reply: { status: 200, body: 7302001 },
  },
  {
    name: 'bruin.ticket.creation.outage.request: full mode answers Bruin body',
    handler: h.postOutageTicket,
    body: { client_id: CLIENT_ID, service_number: [SERIAL], get_full_response: true },
    answers: [{ data: aRepairAnswer([{ ticketId: 1, errorCode: 409 }], 'assets') }],
    calls: [{ body: notContaining({ WtnInterfaces: anything() }) }],
    reply: { status: 200, body: aRepairAnswer([{ ticketId: 1, errorCode: 409 }], 'assets') },
  },
  {
    name: 'bruin.customer.get.info: the active documents of the serial, other keys forwarded',
    handler: h.getClientInfo,
    body: { service_number: SERIAL, client_id: CLIENT_ID },
    answers: [
      {
        data: {
          documents: [
            anInventoryDocument(),
            anInventoryDocument({ status: 'D', clientID: 1 }),
            anInventoryDocument({ serviceNumber: 'OTHER', clientID: 2 }),
          ],
        },
      },
    ],
    calls: [{ endpoint: 'inventory', query: { ServiceNumber: SERIAL, ClientId: CLIENT_ID } }],
    reply: {
      status: 200,
      body: [{ client_id: CLIENT_ID, client_name: 'Northwind Retail', site_id: 52207 }],
    },
  },
  {
    name: 'bruin.customer.get.info_by_did: phoneNumber and phoneNumberType as sent',
    handler: h.getClientInfoByDid,
    body: { did: '+14015550100' },
    answers: [{ data: phoneLineAnswer }],
    calls: [
      { endpoint: 'phoneLines', query: { phoneNumber: '+14015550100', phoneNumberType: 'DID' } },
    ],
    reply: { status: 200, body: phoneLineAnswer },
  },
  {
    name: 'bruin.inventory.attributes: ClientId, Status, ServiceNumber; raw answer',
    handler: h.getInventoryAttributes,
    body: { client_id: CLIENT_ID, status: 'A', service_number: SERIAL },
    answers: [{ data: attributesAnswer([{ key: 'Management Status', value: 'Pending' }]) }],
    calls: [
      {
        endpoint: 'inventoryAttributes',
        query: { ClientId: CLIENT_ID, Status: 'A', ServiceNumber: SERIAL },
      },
    ],
    reply: {
      status: 200,
      body: attributesAnswer([{ key: 'Management Status', value: 'Pending' }]),
    },
  },
  {
    name: 'bruin.inventory.attributes.serial: the Serial Number value',
    handler: h.getAttributesSerial,
    body: { client_id: CLIENT_ID, status: 'A', service_number: '44.KXRA.552020' },
    answers: [{ data: attributesAnswer([{ key: 'Serial Number', value: 'PIAB-1' }]) }],
    calls: [{ endpoint: 'inventoryAttributes' }],
    reply: { status: 200, body: 'PIAB-1' },
  },
  {
    name: 'bruin.inventory.management.status: null when the attribute is absent',
    handler: h.getManagementStatus,
    body: { client_id: CLIENT_ID, status: 'A', service_number: SERIAL },
    answers: [{ data: attributesAnswer([{ key: 'GE1 Access Type', value: 'Wireless' }]) }],
    calls: [{ endpoint: 'inventoryAttributes' }],
    reply: { status: 200, body: null },
  },
  {
    name: 'bruin.get.circuit.id: CircuitId; the circuit answered',
    handler: h.getCircuitId,
    body: { circuit_id: 'C-1', client_id: CLIENT_ID },
    answers: [{ data: circuitAnswer }],
    calls: [{ endpoint: 'circuit', query: { CircuitId: 'C-1', ClientId: CLIENT_ID } }],
    reply: { status: 200, body: circuitAnswer },
  },
  {
    name: 'bruin.get.circuit.id: Bruin 204 → "204 No Content"',
    handler: h.getCircuitId,
    body: { circuit_id: 'C-1' },
    answers: [{ status: 204, data: null }],
    calls: [{ endpoint: 'circuit' }],
    reply: { status: 204, body: '204 No Content' },
  },
  {
    name: 'bruin.get.site: ClientId and SiteId; the first site',
    handler: h.getSite,
    body: { client_id: CLIENT_ID, site_id: 52207 },
    answers: [{ data: { documents: [aSite] } }],
    calls: [{ endpoint: 'site', query: { ClientId: CLIENT_ID, SiteId: 52207 } }],
    reply: { status: 200, body: aSite },
  },
  {
    name: 'bruin.get.ticket.contacts: the results list',
    handler: h.getTicketContacts,
    body: { client_id: CLIENT_ID },
    answers: [{ data: { results: [aContact] } }],
    calls: [{ endpoint: 'ticketContacts', query: { ClientId: CLIENT_ID } }],
    reply: { status: 200, body: [aContact] },
  },
  {
    name: 'bruin.get.asset.topics: client_id as an int',
    handler: h.getAssetTopics,
    body: { client_id: ' 30412 ', service_number: SERIAL },
    answers: [{ data: topicsAnswer }],
    calls: [
      {
        endpoint: 'assetTopics',
        query: { ClientId: CLIENT_ID, ServiceNumber: SERIAL },
        failure: { passClientErrors: true },
      },
    ],
    reply: { status: 200, body: topicsAnswer },
  },
  {
    name: 'bruin.notification.email.milestone: PascalCase body with Detail.ServiceNumber',
    handler: h.postNotificationEmailMilestone,
    body: {
      ticket_id: '5',
      notification_type: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
      service_number: SERIAL,
    },
    answers: [{ data: { eventId: 1, jobId: 2 } }],
    calls: [
      {
        endpoint: 'milestoneEmail',
        body: {
          TicketId: 5,
          NotificationType: 'TicketBYOBOutageRepairAcknowledgement-E-Mail',
          Detail: { ServiceNumber: SERIAL },
        },
      },
    ],
    reply: { status: 200, body: { eventId: 1, jobId: 2 } },
  },
  {
    name: 'bruin.email.tag.request: 204 → ""',
    handler: h.postEmailTag,
    body: { email_id: 1, tag_id: 2 },
    answers: [{ status: 204, data: null }],
    calls: [{ endpoint: 'emailTag', params: { emailId: 1, tagId: 2 } }],
    reply: { status: 204, body: '' },
  },
  {
    name: 'bruin.mark.email.done: status Done by the IPA user',
    handler: h.markEmailAsDone,
    body: { email_id: '12' },
    answers: [{ data: { success: true, emailId: 12 } }],
    calls: [
      {
        endpoint: 'emailStatus',
        body: {
          emailId: 12,
          status: 'Done',
          resolution: 'Mark as done by Intelygenz Ai',
          updatedBy: 'Intelygenz Ai',
        },
      },
    ],
    reply: { status: 200, body: { success: true, emailId: 12 } },
  },
  {
    name: 'bruin.mark.email.done: success false → 400',
    handler: h.markEmailAsDone,
    body: { email_id: 12 },
    answers: [{ data: { success: false } }],
    calls: [{ endpoint: 'emailStatus' }],
    fails: { status: 400, body: 'Problem marking email 12 as done' },
  },
  {
    name: 'bruin.link.ticket.email: always 200 on success',
    handler: h.linkTicketToEmail,
    body: { ticket_id: 5, email_id: 12 },
    answers: [{ status: 201, data: { success: true } }],
    calls: [{ endpoint: 'emailLinkTicket', params: { emailId: 12, ticketId: 5 } }],
    reply: { status: 200, body: { success: true } },
  },
  {
    name: 'bruin.email.status: the original resolution sentence',
    handler: h.postEmailStatus,
    body: { email_id: 12, email_status: 'AIQ' },
    answers: [{ data: { success: true } }],
    calls: [
      {
        endpoint: 'emailStatus',
        body: {
          emailId: 12,
          status: 'AIQ',
          resolution: 'Marked as AIQ by Intelygenz Ai',
          updatedBy: 'Intelygenz Ai',
        },
        failure: { passClientErrors: true },
      },
    ],
    reply: { status: 200, body: { success: true } },
  },
  {
    name: 'bruin.email.reply: IsContentHTMLEncoded as text',
    handler: h.postEmailReply,
    body: { parent_email_id: 12, reply_body: 'plain', html_reply_body: false },
    answers: [{ data: 'OK' }],
    calls: [
      {
        endpoint: 'emailReplyAll',
        query: { IsContentHTMLEncoded: 'false' },
        body: { content: 'plain', emailId: 12 },
      },
    ],
    reply: { status: 200, body: 'OK' },
  },
  {
    name: 'bruin.subscribe.user: subscriptionType and user.email',
    handler: h.subscribeUser,
    body: { ticket_id: 5, user_email: 'a@b.c', subscription_type: '2' },
    answers: [{ data: 'OK' }],
    calls: [
      {
        endpoint: 'subscribeUser',
        params: { ticketId: 5 },
        body: { subscriptionType: '2', user: { email: 'a@b.c' } },
      },
    ],
    reply: { status: 200, body: 'OK' },
  },
];

describe('handlers - request mapped to Bruin, answer mapped to the reply', () => {
  it.each(rows)('$name', async (row) => {
    const bruin = new RecordingBruin(row.answers);
    const body = row.handler.contract.request.parse(row.body);
    const run = row.handler.handle(body, {
      subject: row.handler.contract.subject,
      requestId: 'test-request',
      logger: pino({ level: 'silent' }),
      bruin,
      settings,
    });
    if (row.fails === undefined) await expect(run).resolves.toEqual(row.reply);
    else await expect(run).rejects.toMatchObject(row.fails);
    expect(bruin.calls).toHaveLength(row.calls.length);
    row.calls.forEach((call, i) => {
      expect(bruin.calls[i]).toMatchObject(call);
    });
  });

  it('covers every subject the bridge serves', () => {
    const tested = new Set(rows.map((row) => row.handler.contract.subject));
    expect(
      bruinHandlers.map((handler) => handler.contract.subject).filter((s) => !tested.has(s)),
    ).toEqual([]);
  });
});
