import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGroup {
  id: number;
  name: string;
  system_wildcard: string | null;
}
export interface FakeSearch {
  id: number;
  name: string;
  query: string;
  group_id: number;
}

export interface FakePapertrailApi {
  /** Base URL to pass as `baseUrl`/`--api-url`: `http://127.0.0.1:<port>/api/v1`. */
  url: string;
  token: string;
  groups: FakeGroup[];
  searches: FakeSearch[];
  /** `METHOD path` of every request, in order. */
  requests: string[];
  /** Answer the next N requests with 429 (rate limit). */
  rateLimitNext(count: number): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
}

type Fields = Record<string, unknown>;

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;
const number = (value: unknown, fallback: number): number =>
  typeof value === 'number' ? value : fallback;

async function fieldsOf(request: IncomingMessage, key: 'group' | 'search'): Promise<Fields> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const parsed = (raw === '' ? {} : JSON.parse(raw)) as Record<string, Fields | undefined>;
  return parsed[key] ?? {};
}

/**
 * A local stand-in for Papertrail's settings API (groups and saved searches) on 127.0.0.1:0. It
 * checks the token header and the JSON content type, and keeps its state in plain arrays.
 */
export async function startFakePapertrailApi(
  seed: { groups?: FakeGroup[]; searches?: FakeSearch[] } = {},
): Promise<FakePapertrailApi> {
  const token = 'test-token';
  const groups = [...(seed.groups ?? [])];
  const searches = [...(seed.searches ?? [])];
  const requests: string[] = [];
  let nextId = 1000;
  let rateLimited = 0;

  const searchJson = (search: FakeSearch) => {
    const group = groups.find((g) => g.id === search.group_id);
    return {
      id: search.id,
      name: search.name,
      query: search.query,
      group: group && { id: group.id, name: group.name },
    };
  };

  function groupsRoute(method: string, id: number | undefined, fields: Fields): Reply {
    if (method === 'GET' && id === undefined) return { status: 200, body: groups };
    if (method === 'POST') {
      const group = {
        id: nextId++,
        name: text(fields['name'], ''),
        system_wildcard: text(fields['system_wildcard'], ''),
      };
      groups.push(group);
      return { status: 200, body: group };
    }
    const group = groups.find((g) => g.id === id);
    if (group === undefined) return { status: 404, body: { message: 'no group' } };
    if (method === 'PUT') {
      group.name = text(fields['name'], group.name);
      group.system_wildcard = text(fields['system_wildcard'], group.system_wildcard ?? '');
      return { status: 200, body: group };
    }
    groups.splice(groups.indexOf(group), 1);
    return { status: 200, body: { message: 'deleted' } };
  }

  function searchesRoute(method: string, id: number | undefined, fields: Fields): Reply {
    if (method === 'GET' && id === undefined)
      return { status: 200, body: searches.map(searchJson) };
    if (method === 'POST') {
      const search = {
        id: nextId++,
        name: text(fields['name'], ''),
        query: text(fields['query'], ''),
        group_id: number(fields['group_id'], -1),
      };
      if (!groups.some((g) => g.id === search.group_id))
        return { status: 400, body: { message: 'unknown group' } };
      searches.push(search);
      return { status: 200, body: searchJson(search) };
    }
    const search = searches.find((s) => s.id === id);
    if (search === undefined) return { status: 404, body: { message: 'no search' } };
    if (method === 'PUT') {
      search.name = text(fields['name'], search.name);
      search.query = text(fields['query'], search.query);
      search.group_id = number(fields['group_id'], search.group_id);
      return { status: 200, body: searchJson(search) };
    }
    searches.splice(searches.indexOf(search), 1);
    return { status: 200, body: { message: 'deleted' } };
  }

  async function route(request: IncomingMessage): Promise<Reply> {
    const method = request.method ?? 'GET';
    const path = (request.url ?? '').replace(/^\/api\/v1\//, '');
    requests.push(`${method} ${path}`);
    if (rateLimited > 0) {
      rateLimited -= 1;
      return { status: 429, body: { message: 'slow down' } };
    }
    if (request.headers['x-papertrail-token'] !== token)
      return { status: 401, body: { message: 'bad token' } };
    const writes = method === 'POST' || method === 'PUT';
    if (writes && request.headers['content-type'] !== 'application/json') return { status: 415 };
    const match = /^(groups|searches)(?:\/(\d+))?\.json$/.exec(path);
    if (match === null) return { status: 404, body: { message: 'no route' } };
    const id = match[2] === undefined ? undefined : Number(match[2]);
    if (match[1] === 'groups')
      return groupsRoute(method, id, writes ? await fieldsOf(request, 'group') : {});
    return searchesRoute(method, id, writes ? await fieldsOf(request, 'search') : {});
  }

  const server = createServer((request, response) => {
    void route(request).then((reply) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (reply.status === 429) headers['x-rate-limit-reset'] = '0';
      response.writeHead(reply.status, headers);
      response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });

  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    token,
    groups,
    searches,
    requests,
    rateLimitNext: (count) => {
      rateLimited = count;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
