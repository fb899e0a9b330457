import { describe, expect, it } from 'vitest';
import { answerCacheRequest, requestedHosts } from '../../src/decisions/answer-cache-request.js';
import { parseInstant } from '../../src/decisions/parse-instant.js';
import { anyEntry } from './support.js';

const A = 'mettel.velocloud.net';
const B = 'metvco02.mettel.net';
const configuredHosts = [A, B];
const a1 = anyEntry({ serial_number: 'A1', last_contact: '2023-04-11T13:00:00.000Z' });
const a2 = anyEntry({
  serial_number: 'A2',
  edge: { host: A, enterprise_id: 77, enterprise_name: null, edge_id: 3 },
  last_contact: '2023-04-11T15:00:00.000Z',
});
const b1 = anyEntry({
  serial_number: 'B1',
  edge: { host: B, enterprise_id: 5, enterprise_name: null, edge_id: 9 },
});
const caches = { [A]: [a1, a2], [B]: [b1] };

describe('answerCacheRequest (spec §10.4)', () => {
  it.each([
    ['{} means every configured host', { filter: {} }, 200, ['A1', 'A2', 'B1']],
    ['[] means every enterprise of the host', { filter: { [B]: [] } }, 200, ['B1']],
    ['enterprise ids keep those enterprises', { filter: { [A]: [77] } }, 200, ['A2']],
    [
      'last_contact_filter keeps contacts strictly after it (UTC)',
      { filter: {}, last_contact_filter: '2023-04-11 11:00:00-02:00' },
      200,
      ['A2', 'B1'],
    ],
    [
      'a naive last_contact_filter is UTC',
      { filter: { [A]: [] }, last_contact_filter: '2023-04-11T12:59:59' },
      200,
      ['A1', 'A2'],
    ],
    [
      'last_contact_filter null is no filter',
      { filter: { [B]: [] }, last_contact_filter: null },
      200,
      ['B1'],
    ],
  ])('200 - %s', (...[, request, status, serials]) => {
    const answer = answerCacheRequest({ request, configuredHosts, caches });
    expect(answer.status).toBe(status);
    expect(answer.status === 200 && answer.body.map((e) => e.serial_number)).toEqual(serials);
  });

  it.each([
    ['nothing stored yet for the host', { filter: { other: [] } }, caches, 'other'],
    ['the enterprise filter removed everything', { filter: { [A]: [999] } }, caches, A],
    ['nothing stored for any configured host', { filter: {} }, {}, `${A}, ${B}`],
  ])('202 - %s', (...[, request, stored, hosts]) => {
    expect(answerCacheRequest({ request, configuredHosts, caches: stored })).toEqual({
      status: 202,
      body: `Cache is still being built for host(s): ${hosts}`,
    });
  });

  it('202 only when the combined result is empty, not when one host has nothing', () => {
    const answer = answerCacheRequest({
      request: { filter: { [A]: [], 'metvco03.mettel.net': [] } },
      configuredHosts,
      caches,
    });
    expect(answer.status).toBe(200);
  });

  it('404 - the last-contact filter removed everything', () => {
    const answer = answerCacheRequest({
      request: { filter: { [A]: [] }, last_contact_filter: '2024-01-01T00:00:00Z' },
      configuredHosts,
      caches,
    });
    expect(answer).toEqual({
      status: 404,
      body: `No edges were found for the specified filters: {"filter":{"${A}":[]},"last_contact_filter":"2024-01-01T00:00:00Z"}`,
    });
  });

  it('400 - a last_contact_filter that is not a date-time', () => {
    const answer = answerCacheRequest({
      request: { filter: {}, last_contact_filter: 'yesterday' },
      configuredHosts,
      caches,
    });
    expect(answer).toEqual({
      status: 400,
      body: 'last_contact_filter must be a date-time, not "yesterday"',
    });
  });

  it('an entry without last contact never passes a last-contact filter', () => {
    const answer = answerCacheRequest({
      request: { filter: {}, last_contact_filter: '2000-01-01' },
      configuredHosts,
      caches: { [A]: [anyEntry({ last_contact: null })] },
    });
    expect(answer.status).toBe(404);
  });

  it('requestedHosts - {} is every configured host, else the hosts named', () => {
    expect(requestedHosts({ filter: {} }, configuredHosts)).toEqual({ [A]: [], [B]: [] });
    expect(requestedHosts({ filter: { x: [1] } }, configuredHosts)).toEqual({ x: [1] });
  });
});

describe('parseInstant', () => {
  it.each([
    ['2023-04-11T13:15:27.000Z', Date.UTC(2023, 3, 11, 13, 15, 27)],
    ['2023-04-11 13:15:27.381204+00:00', Date.UTC(2023, 3, 11, 13, 15, 27, 381)],
    ['2023-04-11T09:15:27-04:00', Date.UTC(2023, 3, 11, 13, 15, 27)],
    ['2023-04-11T13:15:27', Date.UTC(2023, 3, 11, 13, 15, 27)],
    ['2023-04-11 13:15', Date.UTC(2023, 3, 11, 13, 15)],
    ['2023-04-11', Date.UTC(2023, 3, 11)],
    ['2023-04-11T13:15:27+0200', Date.UTC(2023, 3, 11, 11, 15, 27)],
  ])('%s', (text, epoch) => {
    expect(parseInstant(text)).toBe(epoch);
  });

  it.each(['', 'yesterday', '11/04/2023', '2023-13-45T99:00:00Z'])(
    '%j is not a date-time',
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );
});
