import { describe, expect, it } from 'vitest';
import { judgeClientInfo } from '../../src/decisions/judge-client-info.js';
import { judgeManagementStatus } from '../../src/decisions/judge-management-status.js';

const client = { client_id: 30412, client_name: 'Northwind Retail', site_id: 52207 };

describe('judgeClientInfo (spec §10.3 Bruin phase 1)', () => {
  it('no active inventory → invalid (not a Bruin device)', () => {
    expect(judgeClientInfo([])).toEqual({ kind: 'invalid', reason: 'not-a-bruin-device' });
  });

  it('one inventory → found, no duplicates', () => {
    expect(judgeClientInfo([client])).toEqual({
      kind: 'found',
      clientInfo: client,
      duplicates: null,
    });
  });

  it('several inventories → the first is used, all are reported as duplicates', () => {
    const other = { ...client, client_id: 1 };
    expect(judgeClientInfo([client, other])).toEqual({
      kind: 'found',
      clientInfo: client,
      duplicates: [client, other],
    });
  });
});

describe('judgeManagementStatus (spec §10.3 Bruin phase 2)', () => {
  const rules = {
    whitelisted: ['Active – Gold Monitoring', 'Active – Platinum Monitoring', 'Pending'],
    pendingBlacklistedClients: [666],
  };
  const status = (value: string | null) => [
    { key: 'GE1 Access Type', value: 'Wireless' },
    { key: 'Management Status', value },
  ];

  it.each([
    ['Active – Gold Monitoring', 30412, 'monitorable'],
    ['Active – Platinum Monitoring', 30412, 'monitorable'],
    ['Pending', 30412, 'monitorable'],
    ['Pending', 666, 'pending-blacklisted-client'],
    ['Active – Gold Monitoring', 666, 'monitorable'],
    ['Inactive', 30412, 'not-monitorable'],
    ['Active - Gold Monitoring', 30412, 'not-monitorable'], // a hyphen is not the en dash
    [null, 30412, 'not-monitorable'],
  ] as const)('%s for client %i → %s', (value, clientId, expected) => {
    const verdict = judgeManagementStatus({ attributes: status(value), clientId, rules });
    expect(verdict.kind === 'monitorable' ? 'monitorable' : verdict.reason).toBe(expected);
  });

  it('no Management Status attribute at all → not monitorable', () => {
    expect(judgeManagementStatus({ attributes: [], clientId: 1, rules })).toEqual({
      kind: 'invalid',
      reason: 'not-monitorable',
      status: null,
    });
  });
});
