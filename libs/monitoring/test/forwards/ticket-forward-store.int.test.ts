import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ticketForwardTask } from '@automation-engine/contracts/task-dispatcher';
import {
  hnocForwardKey,
  TICKET_FORWARDS,
  ticketForwardData,
  TicketForwardStore,
  workerForwardKey,
  type TicketForwardInput,
} from '@automation-engine/monitoring';
import { isolatedScope, sharedServers } from '@automation-engine/testing';

let redis: Redis;
let store: TicketForwardStore;
let environment: string;

beforeAll(() => {
  redis = new Redis(sharedServers().redisUrl);
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(() => {
  environment = isolatedScope('fwd');
  store = new TicketForwardStore({ redis, environment });
});

const task = (ticketId: number, extra: Partial<TicketForwardInput> = {}): TicketForwardInput => ({
  service: 'service-outage-monitor',
  ticket_id: ticketId,
  serial_number: 'VC1',
  target_queue: 'HNOC Investigate',
  ...extra,
});
const at = (seconds: number) => new Date(seconds * 1000);

describe('forward keys and schema', () => {
  it("builds the original's keys", () => {
    expect(hnocForwardKey(42, 'VC1')).toBe('42-VC1-HNOC');
    expect(workerForwardKey(42, 'VC1', 7)).toBe('42-VC1-7-WORKER');
    expect(TICKET_FORWARDS).toBe('ticket_forwards');
  });

  it('re-exports the contract schema under its old name', () => {
    expect(ticketForwardData).toBe(ticketForwardTask);
    expect(ticketForwardData.parse(task(1))).toEqual({ ...task(1), metrics_labels: {} });
  });
});

describe('TicketForwardStore (real Redis)', () => {
  it("uses the original's sorted set and hash names", () => {
    expect(store.zKey).toBe(`${environment}-task_dispatcher-z-ticket_forwards`);
    expect(store.hKey).toBe(`${environment}-task_dispatcher-h-ticket_forwards`);
  });

  it('schedules a forward: due date as score (epoch seconds), data as JSON', async () => {
    expect(
      await store.schedule({ key: 'k1', dueAt: at(1_000.5), data: task(1, { extra: 'kept' }) }),
    ).toBe(true);
    expect(await redis.zscore(store.zKey, 'k1')).toBe('1000.5');
    expect(JSON.parse((await redis.hget(store.hKey, 'k1')) ?? 'null')).toEqual({
      ...task(1),
      extra: 'kept',
      metrics_labels: {},
    });
    expect(await store.dueAtOf('k1')).toBe(1_000.5);
    expect(await store.dataOf('k1')).toMatchObject({ ticket_id: 1, extra: 'kept' });
  });

  it('adds only if absent: re-scheduling moves neither the due date nor the data', async () => {
    await store.schedule({ key: 'k1', dueAt: at(1_000), data: task(1) });
    expect(await store.schedule({ key: 'k1', dueAt: at(5), data: task(2) })).toBe(false);
    expect(await store.dueAtOf('k1')).toBe(1_000);
    expect((await store.dataOf('k1'))?.ticket_id).toBe(1);
  });

  it('refuses data that breaks the schema, writing nothing', async () => {
    await expect(
      store.schedule({ key: 'bad', dueAt: at(1), data: { ...task(1), target_queue: '' } }),
    ).rejects.toThrow();
    expect(await redis.exists(store.zKey, store.hKey)).toBe(0);
  });

  it('gives the forwards due at now, oldest first, with their data', async () => {
    await store.schedule({ key: 'late', dueAt: at(300), data: task(3) });
    await store.schedule({ key: 'early', dueAt: at(100), data: task(1) });
    await store.schedule({ key: 'edge', dueAt: at(200), data: task(2) });
    await store.schedule({ key: 'future', dueAt: at(10_000), data: task(4) });
    const due = await store.due(at(300));
    expect(due.map(({ key, dueAt }) => [key, dueAt])).toEqual([
      ['early', 100],
      ['edge', 200],
      ['late', 300],
    ]);
    expect(due.map(({ data }) => data?.ticket_id)).toEqual([1, 2, 3]);
    expect(await store.due(at(50))).toEqual([]);
  });

  it('gives null data for a key without data or with unreadable data', async () => {
    await redis.zadd(store.zKey, 10, 'orphan', 11, 'garbled', 12, 'wrong');
    await redis.hset(store.hKey, 'garbled', '{nope', 'wrong', '{"ticket_id": "x"}');
    expect(await store.due(at(20))).toEqual([
      { key: 'orphan', dueAt: 10, data: null },
      { key: 'garbled', dueAt: 11, data: null },
      { key: 'wrong', dueAt: 12, data: null },
    ]);
    expect(await store.dataOf('garbled')).toBeNull();
    expect(await store.dataOf('missing')).toBeNull();
    expect(await store.dueAtOf('missing')).toBeNull();
  });

  it('clears forwards and counts the set and hash entries removed', async () => {
    await store.schedule({ key: 'a', dueAt: at(1), data: task(1) });
    await store.schedule({ key: 'b', dueAt: at(2), data: task(2) });
    await redis.zadd(store.zKey, 3, 'orphan');
    expect(await store.clear('a', 'b')).toBe(4);
    expect(await store.clear('orphan')).toBe(1);
    expect(await store.clear('a')).toBe(0);
    expect(await store.clear()).toBe(0);
    expect(await redis.exists(store.zKey, store.hKey)).toBe(0);
  });
});
