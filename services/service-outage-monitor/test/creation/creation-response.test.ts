import { describe, expect, it } from 'vitest';
import type { BruinRepairItemShape } from '@automation-engine/contracts/bruin';
import {
  breakDownCreationAnswer,
  creationOutcomeOf,
  ipaLineForwards,
  workerLineForwards,
  type CreationOutcome,
} from '../../src/creation/creation-response.js';
import { cached } from '../support/builders.js';

const item = (overrides: Partial<BruinRepairItemShape>): BruinRepairItemShape => ({
  wtn: 'VC01',
  ticketId: 5,
  errorCode: null,
  errorMessage: null,
  ...overrides,
});

describe('Bruin code of the edge item (§2.5 table)', () => {
  const rows: { name: string; item: Partial<BruinRepairItemShape>; outcome: CreationOutcome }[] = [
    {
      name: 'errorCode null with a ticket id: created',
      item: { errorCode: null },
      outcome: 'created',
    },
    { name: 'errorCode 200: created', item: { errorCode: 200 }, outcome: 'created' },
    {
      name: 'errorCode 409: open ticket in progress',
      item: { errorCode: 409 },
      outcome: 'already-open',
    },
    {
      name: 'errorCode 471: resolved, not reopened',
      item: { errorCode: 471 },
      outcome: 'resolved-not-reopened',
    },
    {
      name: 'errorCode 472: Bruin reopened the task',
      item: { errorCode: 472 },
      outcome: 'reopened-by-bruin',
    },
    {
      name: 'errorCode 473: site ticket reopened with a task',
      item: { errorCode: 473 },
      outcome: 'site-ticket-reopened',
    },
    {
      name: 'errorCode null with ticket id 0: creation unavailable',
      item: { errorCode: null, ticketId: 0 },
      outcome: 'unavailable',
    },
    {
      name: 'another code: unknown (logged, no action)',
      item: { errorCode: 500 },
      outcome: 'unknown',
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(creationOutcomeOf(item(row.item))).toBe(row.outcome);
    });
  }
});

describe('breakdown of the answer', () => {
  const entry = cached('VC01');
  const spec = { serial: 'VC01', faultyInterfaces: ['GE1'], logicalIds: entry.logical_ids };

  it('finds the edge item by serial and the line items by faulty interface service number', () => {
    const breakdown = breakDownCreationAnswer(
      {
        message: 'note',
        items: [item({}), item({ wtn: 'LINE-1' }), item({ wtn: 'LINE-2' }), item({ wtn: 'OTHER' })],
      },
      spec,
    );
    expect(breakdown.edgeItem?.wtn).toBe('VC01');
    expect(breakdown.lineItems.map((i) => i.wtn)).toEqual(['LINE-1']);
    expect(breakdown.unmappedItems.map((i) => i.wtn)).toEqual(['LINE-2', 'OTHER']);
    expect(breakdown.message).toBe('note');
  });

  it('reads items answered under `assets` (the 409 shape)', () => {
    const breakdown = breakDownCreationAnswer({ assets: [item({ errorCode: 409 })] }, spec);
    expect(breakdown.edgeItem?.errorCode).toBe(409);
  });

  it('a missing edge item is reported as null', () => {
    expect(breakDownCreationAnswer({ items: [item({ wtn: 'LINE-1' })] }, spec).edgeItem).toBeNull();
    expect(breakDownCreationAnswer(42, spec).edgeItem).toBeNull();
  });
});

describe('line items (§2.5)', () => {
  const details = [
    {
      detailID: 101,
      detailValue: 'LINE-1',
      currentTaskName: 'HNOC Investigate',
      detailStatus: 'O',
    },
    { detailID: 102, detailValue: 'LINE-2', currentTaskName: 'IPA Investigate', detailStatus: 'O' },
  ];
  const ipaRows: { name: string; item: Partial<BruinRepairItemShape>; forwarded: boolean }[] = [
    { name: 'null code → IPA', item: { errorCode: null }, forwarded: true },
    { name: '471 → IPA', item: { errorCode: 471 }, forwarded: true },
    { name: '472 → IPA', item: { errorCode: 472 }, forwarded: true },
    { name: '473 → IPA', item: { errorCode: 473 }, forwarded: true },
    { name: '409 → not to IPA', item: { errorCode: 409 }, forwarded: false },
    {
      name: '0 with "We\'ll add an additional line" → IPA',
      item: { errorCode: 0, errorMessage: "We'll add an additional line to the ticket" },
      forwarded: true,
    },
    {
      name: '0 with "Failed to add additional line" → not to IPA',
      item: {
        errorCode: 0,
        errorMessage: "We'll add an additional line. Failed to add additional line",
      },
      forwarded: false,
    },
    { name: 'ticket id 0 → not to IPA', item: { ticketId: 0 }, forwarded: false },
  ];
  for (const row of ipaRows) {
    it(`IPA forward: ${row.name}`, () => {
      const result = ipaLineForwards([item({ wtn: 'LINE-1', ...row.item })], details);
      expect(result.forwards.map((f) => f.detailId)).toEqual(row.forwarded ? [101] : []);
    });
  }

  it('IPA forward skipped for a line already in IPA Investigate or without a detail', () => {
    const result = ipaLineForwards([item({ wtn: 'LINE-2' }), item({ wtn: 'LINE-9' })], details);
    expect(result.forwards).toEqual([]);
    expect(result.skips.map((s) => s.reason)).toEqual([
      'line LINE-2 already in IPA Investigate',
      'no ticket detail for line LINE-9',
    ]);
  });

  const workerRows: { code: number | null; forwarded: boolean }[] = [
    { code: null, forwarded: true },
    { code: 409, forwarded: true },
    { code: 471, forwarded: true },
    { code: 472, forwarded: true },
    { code: 473, forwarded: true },
    { code: 0, forwarded: false },
  ];
  for (const row of workerRows) {
    it(`worker forward for code ${String(row.code)}: ${row.forwarded ? 'scheduled' : 'none'}`, () => {
      const result = workerLineForwards([item({ wtn: 'LINE-2', errorCode: row.code })], details);
      expect(result.forwards.map((f) => f.detailId)).toEqual(row.forwarded ? [102] : []);
    });
  }
});
