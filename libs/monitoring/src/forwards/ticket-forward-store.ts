import type { Redis } from 'ioredis';
import {
  TICKET_FORWARDS_TASK,
  ticketForwardTask,
  type TicketForwardTask,
  type TicketForwardTaskInput,
} from '@automation-engine/contracts/task-dispatcher';

/**
 * A deferred ticket forward (spec §1.7); the schema lives in the task-dispatcher's contracts,
 * which the dispatcher and the monitors share.
 */
export const ticketForwardData = ticketForwardTask;
export type TicketForwardData = TicketForwardTask;
export type TicketForwardInput = TicketForwardTaskInput;

/** The original's single task type. */
export const TICKET_FORWARDS = TICKET_FORWARDS_TASK;

export interface DueTicketForward {
  key: string;
  /** Due date, epoch seconds (the dispatcher's TTL counts from it). */
  dueAt: number;
  /** Null when the data is missing or unreadable (the dispatcher clears such keys). */
  data: TicketForwardData | null;
}

/** `<ticket>-<serial>-HNOC`. */
export function hnocForwardKey(ticketId: number, serial: string): string {
  return `${String(ticketId)}-${serial}-HNOC`;
}

/** `<ticket>-<serial>-<detail>-WORKER`. */
export function workerForwardKey(ticketId: number, serial: string, detailId: number): string {
  return `${String(ticketId)}-${serial}-${String(detailId)}-WORKER`;
}

/**
 * The Redis store of deferred forwards, shared by the monitors (schedule, clear) and the
 * task-dispatcher (due, clear): sorted set `<env>-task_dispatcher-z-ticket_forwards` (member = key,
 * score = due epoch seconds) and hash `<env>-task_dispatcher-h-ticket_forwards` (key → JSON).
 */
export class TicketForwardStore {
  readonly #redis: Redis;
  readonly zKey: string;
  readonly hKey: string;

  constructor(deps: { redis: Redis; environment: string }) {
    this.#redis = deps.redis;
    const prefix = `${deps.environment}-task_dispatcher`;
    this.zKey = `${prefix}-z-${TICKET_FORWARDS}`;
    this.hKey = `${prefix}-h-${TICKET_FORWARDS}`;
  }

  /**
   * Schedules a forward unless one with this key exists: re-scheduling never moves the due date
   * nor replaces the data (the original's ZADD NX + HSETNX). True when it was added.
   */
  async schedule(spec: { key: string; dueAt: Date; data: TicketForwardInput }): Promise<boolean> {
    const data = ticketForwardData.parse(spec.data);
    const results = await this.#redis
      .multi()
      .zadd(this.zKey, 'NX', spec.dueAt.getTime() / 1000, spec.key)
      .hsetnx(this.hKey, spec.key, JSON.stringify(data))
      .exec();
    const added = results?.[0]?.[1];
    return added === 1;
  }

  /** Forwards due at `now` (score ≤ now), oldest first, with their data. */
  async due(now: Date): Promise<DueTicketForward[]> {
    const flat = await this.#redis.zrangebyscore(this.zKey, 0, now.getTime() / 1000, 'WITHSCORES');
    const keys: string[] = [];
    const scores: number[] = [];
    for (let index = 0; index + 1 < flat.length; index += 2) {
      keys.push(flat[index] ?? '');
      scores.push(Number(flat[index + 1]));
    }
    if (keys.length === 0) return [];
    const raw = await this.#redis.hmget(this.hKey, ...keys);
    return keys.map((key, index) => ({
      key,
      dueAt: scores[index] ?? 0,
      data: readData(raw[index] ?? null),
    }));
  }

  /** Removes forwards; returns how many entries (set + hash) were removed. */
  async clear(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const results = await this.#redis
      .multi()
      .zrem(this.zKey, ...keys)
      .hdel(this.hKey, ...keys)
      .exec();
    return (results ?? []).reduce(
      (sum, [, count]) => sum + (typeof count === 'number' ? count : 0),
      0,
    );
  }

  /** The due date (epoch seconds) of a scheduled forward, or null. */
  async dueAtOf(key: string): Promise<number | null> {
    const score = await this.#redis.zscore(this.zKey, key);
    return score === null ? null : Number(score);
  }

  /** The data of a scheduled forward, or null. */
  async dataOf(key: string): Promise<TicketForwardData | null> {
    return readData(await this.#redis.hget(this.hKey, key));
  }
}

function readData(text: string | null): TicketForwardData | null {
  if (text === null) return null;
  try {
    const parsed = ticketForwardData.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
