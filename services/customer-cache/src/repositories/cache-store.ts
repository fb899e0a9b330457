import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';

// Compare-and-delete: a lock is only released by the refresh that holds it.
const RELEASE_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** A staged cache outlives a dead refresh by this long at most. */
const STAGING_TTL_SECONDS = 3_600;

function parseCache(text: string | null): CustomerCacheEntry[] {
  if (text === null) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as CustomerCacheEntry[]) : [];
}

/**
 * The customer cache in its dedicated Redis, under the original's keys (spec §10.2, no TTL):
 * `<ENVIRONMENT_NAME>-<host>` the JSON array of a host's entries and
 * `<ENVIRONMENT_NAME>-next_refresh_date`. A refresh stages each host's new cache, then switches
 * every host and the next date in one transaction, so a reader sees the previous caches or the
 * new ones, never a mix.
 */
export class CacheStore {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(deps: { redis: Redis; environment: string }) {
    this.#redis = deps.redis;
    this.#prefix = deps.environment;
  }

  cacheKey(host: string): string {
    return `${this.#prefix}-${host}`;
  }

  get nextRefreshKey(): string {
    return `${this.#prefix}-next_refresh_date`;
  }

  get lockKey(): string {
    return `${this.#prefix}-refresh_lock`;
  }

  /** The stored cache of each host ([] for a host without one). */
  async caches(hosts: readonly string[]): Promise<Record<string, CustomerCacheEntry[]>> {
    if (hosts.length === 0) return {};
    const texts = await this.#redis.mget(hosts.map((host) => this.cacheKey(host)));
    return Object.fromEntries(hosts.map((host, i) => [host, parseCache(texts[i] ?? null)]));
  }

  async nextRefreshDate(): Promise<string | null> {
    return this.#redis.get(this.nextRefreshKey);
  }

  /** Where a host's new cache waits until the refresh commits (renamed then). */
  stagingKey(host: string): string {
    return `${this.#prefix}-${host}-staging`;
  }

  /**
   * Writes a host's new cache aside, one host at a time so only one serialised cache is in
   * memory; it expires if the refresh dies before `commit`.
   */
  async stage(host: string, entries: readonly CustomerCacheEntry[]): Promise<void> {
    await this.#redis.set(
      this.stagingKey(host),
      JSON.stringify(entries),
      'EX',
      STAGING_TTL_SECONDS,
    );
  }

  /**
   * Makes the staged caches of `hosts` current and sets the next refresh date, in one
   * transaction: readers see every host's previous cache or every host's new one.
   */
  async commit(spec: { hosts: readonly string[]; nextRefreshDate: string }): Promise<void> {
    const transaction = this.#redis.multi();
    for (const host of spec.hosts) {
      transaction.rename(this.stagingKey(host), this.cacheKey(host));
      transaction.persist(this.cacheKey(host));
    }
    transaction.set(this.nextRefreshKey, spec.nextRefreshDate);
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error !== null);
    if (results === null || failed !== undefined) {
      throw new Error(`the cache was not saved: ${String(failed?.[0] ?? 'transaction aborted')}`);
    }
  }

  /** Takes the refresh lock for `ttlSeconds`; the token to release it, or null when held. */
  async lock(ttlSeconds: number): Promise<string | null> {
    const token = randomUUID();
    const taken = await this.#redis.set(this.lockKey, token, 'EX', ttlSeconds, 'NX');
    return taken === 'OK' ? token : null;
  }

  async unlock(token: string): Promise<void> {
    await this.#redis.eval(RELEASE_LOCK, 1, this.lockKey, token);
  }
}
