import { type Contract, formatIssues } from '@automation-engine/contracts';
import * as bruin from '@automation-engine/contracts/bruin';
import { describe, expect, it } from 'vitest';
import { bruinHandlers } from '../../src/handlers/bruin-handlers.js';

/** The original bruin-bridge's 34 subjects (spec/bridges.md §2.3). */
const SPEC_SUBJECTS = [
  'bruin.ticket.request',
  'bruin.ticket.basic.request',
  'bruin.single_ticket.basic.request',
  'bruin.ticket.details.request',
  'bruin.ticket.overview.request',
  'bruin.ticket.note.append.request',
  'bruin.ticket.multiple.notes.append.request',
  'bruin.ticket.creation.request',
  'bruin.ticket.status.open',
  'bruin.ticket.status.resolve',
  'bruin.ticket.close',
  'bruin.ticket.unpause',
  'bruin.change.ticket.severity',
  'bruin.ticket.change.work',
  'bruin.ticket.detail.get.next.results',
  'bruin.ticket.get.task.history',
  'bruin.ticket.detailIds.request',
  'bruin.ticket.creation.outage.request',
  'bruin.customer.get.info',
  'bruin.customer.get.info_by_did',
  'bruin.inventory.attributes',
  'bruin.inventory.attributes.serial',
  'bruin.inventory.management.status',
  'bruin.get.circuit.id',
  'bruin.get.site',
  'bruin.get.ticket.contacts',
  'bruin.get.asset.topics',
  'bruin.notification.email.milestone',
  'bruin.email.tag.request',
  'bruin.mark.email.done',
  'bruin.link.ticket.email',
  'bruin.email.status',
  'bruin.email.reply',
  'bruin.subscribe.user',
];

const contracts = (Object.values(bruin) as unknown[]).filter(
  (value): value is Contract =>
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'request-reply',
);

/** The camelCase name of a subject, without a trailing `.request`. */
const contractName = (subject: string) =>
  subject
    .replace(/\.request$/, '')
    .split(/[._]/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

describe('bruin contracts', () => {
  it('declare exactly the 34 subjects of the original', () => {
    expect(contracts.map((c) => c.subject).sort()).toEqual([...SPEC_SUBJECTS].sort());
  });

  it('are each named after their subject', () => {
    for (const contract of contracts) {
      expect(bruin).toHaveProperty(contractName(contract.subject), contract);
    }
  });

  it('are each served by exactly one handler', () => {
    expect(bruinHandlers.map((h) => h.contract.subject).sort()).toEqual([...SPEC_SUBJECTS].sort());
  });

  it("use the callers' timeouts of the original (75–150 s)", () => {
    for (const contract of contracts) {
      expect(contract.timeoutMs).toBeGreaterThanOrEqual(75_000);
      expect(contract.timeoutMs).toBeLessThanOrEqual(150_000);
    }
  });
});

interface ValidationRow {
  contract: Contract;
  valid: unknown[];
  /** A body and the field the error names. */
  invalid: [unknown, string][];
}

const SN = 'VC05200071234';

const validation: ValidationRow[] = [
  {
    contract: bruin.bruinTicket,
    valid: [
      { client_id: 1, ticket_topic: 'VOO', ticket_status: ['New'] },
      { client_id: '1', ticket_topic: 'VOO', ticket_status: ['New'], category: null, extra: 1 },
    ],
    invalid: [
      [{ ticket_topic: 'VOO', ticket_status: ['New'] }, 'body.client_id'],
      [{ client_id: 1, ticket_topic: 'VOO', ticket_status: [] }, 'body.ticket_status'],
      [{ client_id: 1, ticket_status: ['New'] }, 'body.ticket_topic'],
    ],
  },
  {
    contract: bruin.bruinTicketBasic,
    valid: [{ ticket_statuses: ['New'], client_id: 3, service_number: SN }],
    invalid: [[{ client_id: 3 }, 'body.ticket_statuses']],
  },
  {
    contract: bruin.bruinSingleTicketBasic,
    valid: [{ ticket_id: 1 }, { ticket_id: '12' }],
    invalid: [
      [{}, 'body.ticket_id'],
      [{ ticket_id: 'x1' }, 'body.ticket_id'],
      [{ ticket_id: 0 }, 'body.ticket_id'],
    ],
  },
  {
    contract: bruin.bruinTicketDetails,
    valid: [{ ticket_id: 1 }],
    invalid: [[{ ticket_id: null }, 'body.ticket_id']],
  },
  {
    contract: bruin.bruinTicketOverview,
    valid: [{ ticket_id: 1 }, { ticket_id: 'abc' }, { ticket_id: null }],
    invalid: [[{}, 'body.ticket_id']],
  },
  {
    contract: bruin.bruinTicketNoteAppend,
    valid: [
      { ticket_id: 1, note: 'n' },
      { ticket_id: 1, note: 'n', service_numbers: [SN] },
    ],
    invalid: [
      [{ ticket_id: 1 }, 'body.note'],
      [{ ticket_id: 1, note: '' }, 'body.note'],
    ],
  },
  {
    contract: bruin.bruinTicketMultipleNotesAppend,
    valid: [{ ticket_id: 1, notes: [{ text: 't', detail_id: 2 }] }],
    invalid: [
      [{ ticket_id: 1, notes: [{ text: 't' }] }, 'body.notes.0'],
      [{ ticket_id: 1, notes: [{ service_number: SN }] }, 'body.notes.0.text'],
      [{ ticket_id: 1 }, 'body.notes'],
    ],
  },
  {
    contract: bruin.bruinTicketCreation,
    valid: [{ clientId: 1, category: 'VAS', services: [{ serviceNumber: SN }], contacts: [] }],
    invalid: [
      [{ clientId: 1, category: 'VAS', services: [{ serviceNumber: SN }] }, 'body.contacts'],
    ],
  },
  {
    contract: bruin.bruinTicketStatusOpen,
    valid: [{ ticket_id: 1, detail_id: 2 }],
    invalid: [[{ ticket_id: 1, detail_id: 0 }, 'body.detail_id']],
  },
  {
    contract: bruin.bruinTicketStatusResolve,
    valid: [{ ticket_id: 1, detail_id: 2, interfaces: ['GE1'] }],
    invalid: [[{ detail_id: 2 }, 'body.ticket_id']],
  },
  {
    contract: bruin.bruinTicketClose,
    valid: [{ ticket_id: 1, close_note: 'bye' }],
    invalid: [[{ ticket_id: 1, close_note: '' }, 'body.close_note']],
  },
  {
    contract: bruin.bruinTicketUnpause,
    valid: [
      { ticket_id: 1, service_number: SN },
      { ticket_id: 1, detail_id: 2 },
    ],
    invalid: [[{ ticket_id: 1 }, 'body']],
  },
  {
    contract: bruin.bruinChangeTicketSeverity,
    valid: [{ ticket_id: 1, severity: 2, reason: 'r' }],
    invalid: [[{ ticket_id: 1, severity: '2', reason: 'r' }, 'body.severity']],
  },
  {
    contract: bruin.bruinTicketChangeWork,
    valid: [{ ticket_id: 1, queue_name: 'q', detail_id: 2 }],
    invalid: [
      [{ ticket_id: 1, queue_name: 'q' }, 'body'],
      [{ ticket_id: 1, detail_id: 2 }, 'body.queue_name'],
    ],
  },
  {
    contract: bruin.bruinTicketDetailGetNextResults,
    valid: [{ ticket_id: 1, detail_id: 2, service_number: SN }],
    invalid: [
      [{ ticket_id: 1, detail_id: 2, service_number: SN, extra: 1 }, 'body'],
      [{ ticket_id: 1, detail_id: 2 }, 'body.service_number'],
    ],
  },
  {
    contract: bruin.bruinTicketGetTaskHistory,
    valid: [{ ticket_id: 1 }],
    invalid: [[{}, 'body.ticket_id']],
  },
  {
    contract: bruin.bruinTicketDetailIds,
    valid: [{ ticket_id: 1, detail_id: 2, interfaces: [] }],
    invalid: [[{ ticket_id: 1, detail_id: 2 }, 'body.interfaces']],
  },
  {
    contract: bruin.bruinTicketCreationOutage,
    valid: [
      { client_id: 1, service_number: SN },
      {
        client_id: 1,
        service_number: [SN],
        ticket_contact: { email: 'a@b.c' },
        get_full_response: true,
      },
    ],
    invalid: [
      [{ client_id: 1, service_number: null }, 'body.service_number'],
      [{ client_id: null, service_number: SN }, 'body.client_id'],
    ],
  },
  {
    contract: bruin.bruinCustomerGetInfo,
    valid: [{ service_number: SN }],
    invalid: [[{}, 'body.service_number']],
  },
  {
    contract: bruin.bruinCustomerGetInfoByDid,
    valid: [{ did: '+14015550100' }],
    invalid: [[{}, 'body.did']],
  },
  {
    contract: bruin.bruinInventoryAttributes,
    valid: [{ client_id: 1, status: 'A', service_number: SN }],
    invalid: [[{ client_id: 1, service_number: SN }, 'body.status']],
  },
  {
    contract: bruin.bruinInventoryAttributesSerial,
    valid: [{ client_id: 1, status: 'A', service_number: SN }],
    invalid: [[{ status: 'A', service_number: SN }, 'body.client_id']],
  },
  {
    contract: bruin.bruinInventoryManagementStatus,
    valid: [{ client_id: 1, status: 'A', service_number: SN }],
    invalid: [[{ client_id: 1, status: 'A' }, 'body.service_number']],
  },
  {
    contract: bruin.bruinGetCircuitId,
    valid: [{ circuit_id: 'C-1', client_id: 1 }],
    invalid: [[{ client_id: 1 }, 'body.circuit_id']],
  },
  {
    contract: bruin.bruinGetSite,
    valid: [{ client_id: 1, site_id: 2 }],
    invalid: [[{ client_id: 1 }, 'body.site_id']],
  },
  {
    contract: bruin.bruinGetTicketContacts,
    valid: [{ client_id: 1 }],
    invalid: [[{}, 'body.client_id']],
  },
  {
    contract: bruin.bruinGetAssetTopics,
    valid: [{ client_id: '12', service_number: SN }],
    invalid: [
      [{ client_id: 'abc', service_number: SN }, 'body.client_id: should be an int'],
      [{ client_id: 12, service_number: '' }, "body.service_number: can't be empty"],
    ],
  },
  {
    contract: bruin.bruinNotificationEmailMilestone,
    valid: [{ ticket_id: 1, notification_type: 't', service_number: SN }],
    invalid: [[{ ticket_id: 1, service_number: SN }, 'body.notification_type']],
  },
  {
    contract: bruin.bruinEmailTag,
    valid: [{ email_id: 1, tag_id: 2 }],
    invalid: [[{ email_id: 1 }, 'body.tag_id']],
  },
  {
    contract: bruin.bruinMarkEmailDone,
    valid: [{ email_id: 1 }],
    invalid: [[{ email_id: 0 }, 'body.email_id']],
  },
  {
    contract: bruin.bruinLinkTicketEmail,
    valid: [{ ticket_id: 1, email_id: 2 }],
    invalid: [[{ ticket_id: 1 }, 'body.email_id']],
  },
  {
    contract: bruin.bruinEmailStatus,
    valid: [{ email_id: 1, email_status: 'Done' }],
    invalid: [[{ email_id: '1', email_status: 'Done' }, 'body.email_id']],
  },
  {
    contract: bruin.bruinEmailReply,
    valid: [{ parent_email_id: 1, reply_body: 'hi' }],
    invalid: [
      [{ parent_email_id: 1, reply_body: 'hi', html_reply_body: 'yes' }, 'body.html_reply_body'],
    ],
  },
  {
    contract: bruin.bruinSubscribeUser,
    valid: [{ ticket_id: 1, user_email: 'a@b.c', subscription_type: '2' }],
    invalid: [[{ ticket_id: 1, user_email: 'a@b.c' }, 'body.subscription_type']],
  },
];

describe('bruin contracts - request validation', () => {
  it('has a validation row for every contract', () => {
    expect(validation.map((row) => row.contract.subject).sort()).toEqual([...SPEC_SUBJECTS].sort());
  });

  it.each(
    validation.flatMap((row) =>
      row.valid.map((body) => ({ subject: row.contract.subject, row, body })),
    ),
  )('$subject accepts %j', ({ row, body }) => {
    expect(row.contract.request.safeParse(body).success).toBe(true);
  });

  it.each(
    validation.flatMap((row) =>
      row.invalid.map(([body, field]) => ({ subject: row.contract.subject, row, body, field })),
    ),
  )('$subject refuses a body, naming $field', ({ row, body, field }) => {
    const parsed = row.contract.request.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.success ? '' : formatIssues(parsed.error.issues)).toContain(field);
  });

  it('defaults notes to [] and get_full_response / html_reply_body as the original', () => {
    expect(
      bruin.bruinTicketCreation.request.parse({
        clientId: 1,
        category: 'VAS',
        services: [{ serviceNumber: SN }],
        contacts: [],
      }),
    ).toMatchObject({ notes: [] });
    expect(
      bruin.bruinTicketCreationOutage.request.parse({ client_id: 1, service_number: SN }),
    ).toMatchObject({
      get_full_response: false,
    });
    expect(
      bruin.bruinEmailReply.request.parse({ parent_email_id: 1, reply_body: 'x' }),
    ).toMatchObject({
      html_reply_body: true,
    });
  });
});
