import { BRUIN_ATTRIBUTE_KEYS } from '@automation-engine/vendor-apis';
import { describe, expect, it } from 'vitest';
import { activeClientInfo } from '../../src/mapping/active-client-info.js';
import { attributeValue } from '../../src/mapping/attribute-value.js';
import { findWorkQueue } from '../../src/mapping/find-work-queue.js';
import { mergeTicketLists } from '../../src/mapping/merge-ticket-lists.js';
import { outageTicketOutcome } from '../../src/mapping/outage-ticket-outcome.js';
import { toAdvancedNotes } from '../../src/mapping/to-advanced-notes.js';
import { overviewTicketId } from '../../src/handlers/get-ticket-overview.js';
import {
  anInventoryDocument,
  aRepairAnswer,
  attributesAnswer,
  nextResultsAnswer,
  SERIAL,
} from '../support/bruin-answers.js';

describe('outageTicketOutcome - Bruin repair answer → short reply', () => {
  it.each([
    { errorCode: null, under: 'items', status: 200, why: 'created' },
    { errorCode: 0, under: 'items', status: 200, why: 'created (errorCode 0)' },
    { errorCode: 409, under: 'assets', status: 409, why: 'in progress' },
    { errorCode: 471, under: 'assets', status: 471, why: 'resolved, not re-opened' },
    { errorCode: 472, under: 'assets', status: 472, why: 'resolved, re-opened' },
    { errorCode: 473, under: 'assets', status: 473, why: 'site ticket re-opened' },
    { errorCode: 999, under: 'items', status: 200, why: 'unknown code keeps the HTTP status' },
  ] as const)('$why → $status', ({ errorCode, under, status }) => {
    const answer = aRepairAnswer([{ ticketId: 7, errorCode }], under);
    expect(outageTicketOutcome({ answer, httpStatus: 200, serviceNumber: SERIAL })).toEqual({
      kind: 'ticket',
      status,
      ticketId: 7,
    });
  });

  it('reads only the first item', () => {
    const answer = aRepairAnswer([
      { ticketId: 7, errorCode: 409 },
      { ticketId: 8, errorCode: null, wtn: 'circuit' },
    ]);
    expect(outageTicketOutcome({ answer, httpStatus: 200, serviceNumber: [SERIAL] })).toMatchObject(
      {
        status: 409,
        ticketId: 7,
      },
    );
  });

  it('is unavailable (503) when Bruin answers ticket id 0 or no item', () => {
    const zero = outageTicketOutcome({
      answer: aRepairAnswer([{ ticketId: 0, errorCode: null }]),
      httpStatus: 200,
      serviceNumber: [SERIAL, 'B'],
    });
    expect(zero).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(zero.kind === 'unavailable' && zero.message).toContain(`for device ${SERIAL}, B.`);
    const empty = outageTicketOutcome({
      answer: { message: 'nothing', items: [] },
      httpStatus: 200,
      serviceNumber: SERIAL,
    });
    expect(empty.kind === 'unavailable' && empty.message).toContain('Bruin said: nothing');
  });
});

describe('findWorkQueue', () => {
  it.each([
    {
      current: 'IPA Investigate ',
      names: ['HNOC Investigate'],
      wanted: 'IPA Investigate',
      kind: 'already-there',
    },
    { current: null, names: [], wanted: 'HNOC Investigate', kind: 'no-queues' },
    { current: null, names: ['Repair Completed'], wanted: 'HNOC Investigate', kind: 'not-offered' },
    {
      current: 'X',
      names: ['Repair Completed', ' HNOC Investigate '],
      wanted: 'HNOC Investigate',
      kind: 'found',
    },
  ])('$kind', ({ current, names, wanted, kind }) => {
    expect(findWorkQueue(nextResultsAnswer(current, names), wanted).kind).toBe(kind);
  });

  it('gives the resultTypeId of the queue found', () => {
    expect(findWorkQueue(nextResultsAnswer(null, ['A', 'B']), 'B')).toEqual({
      kind: 'found',
      resultTypeId: 140,
    });
  });
});

describe('activeClientInfo', () => {
  it('keeps active documents whose service number is in the one asked for', () => {
    const docs = [
      anInventoryDocument({ clientID: 1 }),
      anInventoryDocument({ clientID: 2, status: 'D' }),
      anInventoryDocument({ clientID: 3, serviceNumber: 'OTHER' }),
      anInventoryDocument({ clientID: 4, serviceNumber: SERIAL.slice(0, 6) }),
    ];
    expect(activeClientInfo(docs as never, SERIAL).map((info) => info.client_id)).toEqual([1, 4]);
  });
});

describe('attributeValue', () => {
  const answer = attributesAnswer([
    { key: 'Management Status', value: 'Active – Gold Monitoring' },
    { key: 'Serial Number', value: null },
  ]);
  it.each([
    [BRUIN_ATTRIBUTE_KEYS.managementStatus, 'Active – Gold Monitoring'],
    [BRUIN_ATTRIBUTE_KEYS.serialNumber, null],
    ['GE1 Access Type', null],
  ])('%s → %j', (key, value) => {
    expect(attributeValue(answer, key)).toBe(value);
  });
});

describe('mergeTicketLists', () => {
  it('keeps first-seen order, one per ticketID, the last copy winning', () => {
    expect(
      mergeTicketLists([
        [
          { ticketID: 1, v: 'a' },
          { ticketID: 2, v: 'a' },
        ],
        [
          { ticketID: 1, v: 'b' },
          { ticketID: 3, v: 'b' },
        ],
      ]),
    ).toEqual([
      { ticketID: 1, v: 'b' },
      { ticketID: 2, v: 'a' },
      { ticketID: 3, v: 'b' },
    ]);
  });
});

describe('toAdvancedNotes', () => {
  it('maps text, service number, detail id and privacy', () => {
    expect(
      toAdvancedNotes([
        { text: 'a', service_number: SERIAL, is_private: true },
        { text: 'b', detail_id: 4, is_private: false },
      ]),
    ).toEqual({
      notes: [
        { noteValue: 'a', serviceNumber: SERIAL, noteType: 'CON' },
        { noteValue: 'b', detailId: 4, noteType: 'ADN' },
      ],
    });
  });
});

describe('overviewTicketId', () => {
  it.each([
    [5, 5],
    ['5', 5],
    [0, undefined],
    ['', undefined],
    ['abc', undefined],
    [1.5, undefined],
    [null, undefined],
  ])('%j → %j', (input, expected) => {
    expect(overviewTicketId(input)).toBe(expected);
  });
});
