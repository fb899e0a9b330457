import { describe, expect, it } from 'vitest';
import { pascalCase, pascalCaseKeys } from '../../src/bruin-client/pascal-case-keys.js';

describe('pascalCase - the original humps.pascalize on query and body keys', () => {
  it.each([
    ['client_id', 'ClientId'],
    ['service_number', 'ServiceNumber'],
    ['ticket_topic', 'TicketTopic'],
    ['product_category', 'ProductCategory'],
    ['page_size', 'PageSize'],
    ['phoneNumber', 'PhoneNumber'],
    ['TicketID', 'TicketID'],
    ['did', 'Did'],
  ])('%s → %s', (key, expected) => {
    expect(pascalCase(key)).toBe(expected);
  });

  it('renames keys through nested objects and arrays, leaving values alone', () => {
    expect(
      pascalCaseKeys({ ticket_id: 1, detail: { service_number: 'sn_1' }, list: [{ a_b: 'c_d' }] }),
    ).toEqual({ TicketId: 1, Detail: { ServiceNumber: 'sn_1' }, List: [{ AB: 'c_d' }] });
    expect(pascalCaseKeys(null)).toBeNull();
  });
});
