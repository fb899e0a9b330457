import { z } from 'zod';
import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import type { CurrentGroup, CurrentSearch } from './papertrail-types.js';

export const PAPERTRAIL_API_URL = 'https://papertrailapp.com/api/v1';

const groupSchema = z.object({
  id: z.number(),
  name: z.string(),
  system_wildcard: z.string().nullish(),
});
const searchSchema = z.object({
  id: z.number(),
  name: z.string(),
  query: z.string(),
  group: z.object({ id: z.number() }).nullish(),
});

const toGroup = (raw: z.output<typeof groupSchema>): CurrentGroup => ({
  id: raw.id,
  name: raw.name,
  systemWildcard: raw.system_wildcard ?? null,
});
const toSearch = (raw: z.output<typeof searchSchema>): CurrentSearch => ({
  id: raw.id,
  name: raw.name,
  query: raw.query,
  groupId: raw.group?.id ?? null,
});

export interface PapertrailClientOptions {
  token: string;
  /** Defaults to the real API; tests pass a local fake. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per request; defaults to 30 s. */
  timeoutMs?: number;
  /** Retries after a 429 (Papertrail rate-limits bursts); defaults to 3. */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PapertrailClient {
  listGroups(): Promise<CurrentGroup[]>;
  listSearches(): Promise<CurrentSearch[]>;
  createGroup(group: { name: string; systemWildcard: string }): Promise<CurrentGroup>;
  updateGroup(id: number, group: { name: string; systemWildcard: string }): Promise<CurrentGroup>;
  deleteGroup(id: number): Promise<void>;
  createSearch(search: { name: string; query: string; groupId: number }): Promise<CurrentSearch>;
  updateSearch(
    id: number,
    search: { name: string; query: string; groupId: number },
  ): Promise<CurrentSearch>;
  deleteSearch(id: number): Promise<void>;
}

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds to wait after a 429: `X-Rate-Limit-Reset` or `Retry-After`, else 5. */
function retryDelayMs(response: Response): number {
  const header = response.headers.get('x-rate-limit-reset') ?? response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return (Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) : 5) * 1000;
}

/** A thin typed client of Papertrail's settings API (groups and saved searches), over `fetch`. */
export function createPapertrailClient(options: PapertrailClientOptions): PapertrailClient {
  const baseUrl = (options.baseUrl ?? PAPERTRAIL_API_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.maxRetries ?? 3;

  async function call(request: Call): Promise<unknown> {
    const init: RequestInit = {
      method: request.method,
      headers: {
        'X-Papertrail-Token': options.token,
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
    };
    if (request.body !== undefined) init.body = JSON.stringify(request.body);
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/${request.path}`, {
          ...init,
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new CiUtilsError(
          CI_UTILS_ERROR_CODES.papertrailApi,
          `${request.method} ${request.path}: ${String(error)}`,
          { cause: error },
        );
      }
      if (response.status === 429 && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(retryDelayMs(response));
        continue;
      }
      const text = await response.text();
      if (!response.ok) {
        throw new CiUtilsError(
          CI_UTILS_ERROR_CODES.papertrailApi,
          `${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 200)}`,
        );
      }
      return text === '' ? undefined : (JSON.parse(text) as unknown);
    }
  }

  function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new CiUtilsError(
        CI_UTILS_ERROR_CODES.papertrailApi,
        `unexpected ${what} from Papertrail`,
        {
          cause: result.error,
        },
      );
    }
    return result.data;
  }

  const groupBody = (group: { name: string; systemWildcard: string }) => ({
    group: { name: group.name, system_wildcard: group.systemWildcard },
  });
  const searchBody = (search: { name: string; query: string; groupId: number }) => ({
    search: { name: search.name, query: search.query, group_id: search.groupId },
  });

  return {
    async listGroups() {
      return parse(
        z.array(groupSchema),
        await call({ method: 'GET', path: 'groups.json' }),
        'groups',
      ).map(toGroup);
    },
    async listSearches() {
      const raw = await call({ method: 'GET', path: 'searches.json' });
      return parse(z.array(searchSchema), raw, 'searches').map(toSearch);
    },
    async createGroup(group) {
      const raw = await call({ method: 'POST', path: 'groups.json', body: groupBody(group) });
      return toGroup(parse(groupSchema, raw, 'group'));
    },
    async updateGroup(id, group) {
      const raw = await call({ method: 'PUT', path: `groups/${id}.json`, body: groupBody(group) });
      return toGroup(parse(groupSchema, raw, 'group'));
    },
    async deleteGroup(id) {
      await call({ method: 'DELETE', path: `groups/${id}.json` });
    },
    async createSearch(search) {
      const raw = await call({ method: 'POST', path: 'searches.json', body: searchBody(search) });
      return toSearch(parse(searchSchema, raw, 'search'));
    },
    async updateSearch(id, search) {
      const raw = await call({
        method: 'PUT',
        path: `searches/${id}.json`,
        body: searchBody(search),
      });
      return toSearch(parse(searchSchema, raw, 'search'));
    },
    async deleteSearch(id) {
      await call({ method: 'DELETE', path: `searches/${id}.json` });
    },
  };
}
