import axios, { type AxiosInstance } from 'axios';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createVendorClient,
  statusOf,
  VendorLoginError,
  type AuthCredentials,
  type VendorClientOptions,
} from '@automation-engine/http-client';
import { captureLogger } from '@automation-engine/testing';
import { json, startVendorServer, type VendorServer } from './vendor-server.js';

/**
 * A vendor that accepts only the newest token it issued: `POST /login` issues `token-N`, and
 * `revoke()` makes the vendor forget the current one (as when it expires on their side).
 */
async function startTokenVendor() {
  let issued = 0;
  let accepted: string | undefined;
  const server = await startVendorServer((req, res) => {
    if (req.url === '/login') {
      issued += 1;
      accepted = `Bearer token-${issued}`;
      json(res, 200, { token: `token-${issued}` });
      return;
    }
    if (req.authorization === undefined || req.authorization !== accepted) {
      json(res, 401, { error: 'unauthorized' });
      return;
    }
    json(res, 200, { ok: true, url: req.url });
  });
  return {
    server,
    revoke: () => {
      accepted = undefined;
    },
    get logins() {
      return issued;
    },
  };
}

let vendor: Awaited<ReturnType<typeof startTokenVendor>>;
let servers: VendorServer[] = [];
let registry: Registry;
let sink: ReturnType<typeof captureLogger>;

/** A client whose login fetches a token from the vendor through the client itself. */
function tokenClient(options: Partial<VendorClientOptions> & { expiresInMs?: number } = {}) {
  const { expiresInMs, ...rest } = options;
  const client: AxiosInstance = createVendorClient({
    vendor: 'bruin',
    baseURL: vendor.server.url,
    logger: sink.logger,
    registry,
    retry: { baseDelayMs: 1 },
    auth: {
      login: async (): Promise<AuthCredentials> => {
        const { data } = await client.post<{ token: string }>('/login', {
          username: 'svc',
          password: 'hunter2',
        });
        return {
          headers: { Authorization: `Bearer ${data.token}` },
          ...(expiresInMs === undefined ? {} : { expiresAt: new Date(Date.now() + expiresInMs) }),
        };
      },
    },
    ...rest,
  });
  return client;
}

beforeEach(async () => {
  registry = new Registry();
  sink = captureLogger();
  vendor = await startTokenVendor();
  servers = [vendor.server];
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('vendor client auth - login', () => {
  it('logs in lazily on the first call and attaches the headers', async () => {
    const client = tokenClient();
    expect(vendor.logins).toBe(0);
    const { data } = await client.get<{ ok: boolean; url: string }>('/api/Ticket/1');
    expect(data).toEqual({ ok: true, url: '/api/Ticket/1' });
    expect(vendor.logins).toBe(1);
    expect(vendor.server.received.map((r) => [r.url, r.authorization])).toEqual([
      ['/login', undefined],
      ['/api/Ticket/1', 'Bearer token-1'],
    ]);
  });

  it('shares one login among concurrent first calls', async () => {
    const client = tokenClient();
    await Promise.all([1, 2, 3, 4, 5].map((id) => client.get(`/api/Ticket/${id}`)));
    expect(vendor.logins).toBe(1);
  });

  it('reuses the headers until they near expiry', async () => {
    const client = tokenClient({ expiresInMs: 3_600_000 });
    await client.get('/a');
    await client.get('/b');
    expect(vendor.logins).toBe(1);
  });

  it('logs in again before each call once the token is within 60 s of expiry', async () => {
    const client = tokenClient({ expiresInMs: 30_000 });
    await client.get('/a');
    await client.get('/b');
    expect(vendor.logins).toBe(2);
    expect(
      vendor.server.received.filter((r) => r.url !== '/login').map((r) => r.authorization),
    ).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('rejects with VendorLoginError when login fails, and tries again on the next call', async () => {
    const server = await startVendorServer((_req, res) => {
      json(res, 200, {});
    });
    servers.push(server);
    let attempts = 0;
    const client = createVendorClient({
      vendor: 'velocloud',
      baseURL: server.url,
      logger: sink.logger,
      registry,
      auth: {
        login: () => {
          attempts += 1;
          return attempts === 1
            ? Promise.reject(new Error('bad credentials'))
            : Promise.resolve({ headers: { Cookie: 'velocloud.session=abc' } });
        },
      },
    });
    const failure = await client.get('/portal').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(VendorLoginError);
    expect((failure as VendorLoginError).cause).toEqual(new Error('bad credentials'));
    expect(sink.lines().find((l) => l.msg === 'vendor login failed')).toMatchObject({
      vendor: 'velocloud',
      error: { message: 'bad credentials' },
    });

    await client.get('/portal');
    expect(attempts).toBe(2);
    expect(server.received.map((r) => r.url)).toEqual(['/portal']);
  });

  it('keeps the credentials of a login made with plain axios out of the logs', async () => {
    const client = createVendorClient({
      vendor: 'bruin',
      baseURL: vendor.server.url,
      logger: sink.logger,
      registry,
      auth: {
        login: async () => {
          await axios.post(`${vendor.server.url}/oauth`, { password: 'hunter2' });
          return { headers: {} };
        },
      },
    });
    const failure = await client.get('/api/Ticket/1').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(VendorLoginError);
    sink.logger.error({ err: failure }, 'caller logs the login failure');
    sink.logger.error({ err: (failure as VendorLoginError).cause }, 'and its cause');
    expect(JSON.stringify(sink.lines())).not.toContain('hunter2');
  });

  it('does not recurse when the login call itself gets a 401', async () => {
    const server = await startVendorServer((_req, res) => {
      json(res, 401, {});
    });
    servers.push(server);
    const client: AxiosInstance = createVendorClient({
      vendor: 'hawkeye',
      baseURL: server.url,
      logger: sink.logger,
      registry,
      auth: {
        login: async () => {
          await client.post('/login', {});
          return { headers: {} };
        },
      },
    });
    const failure = await client.get('/probes').catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(VendorLoginError);
    expect(statusOf((failure as VendorLoginError).cause)).toBe(401);
    expect(server.received.map((r) => r.url)).toEqual(['/login']);
  });
});

describe('vendor client auth - 401', () => {
  it('logs in again once for five concurrent requests that all got 401, and retries each', async () => {
    const client = tokenClient();
    await client.get('/warm-up');
    vendor.revoke();

    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((id) => client.get<{ url: string }>(`/api/Ticket/${id}`)),
    );
    expect(responses.map((r) => r.data.url)).toEqual(
      [1, 2, 3, 4, 5].map((id) => `/api/Ticket/${id}`),
    );
    expect(vendor.logins).toBe(2);
    const retried = vendor.server.received.filter((r) => r.authorization === 'Bearer token-2');
    expect(retried).toHaveLength(5);
  });

  it('surfaces a second 401 as is, after one re-login', async () => {
    const server = await startVendorServer((req, res) => {
      if (req.url === '/login') json(res, 200, {});
      else json(res, 401, { error: 'no access to this client' });
    });
    servers.push(server);
    let logins = 0;
    const client = createVendorClient({
      vendor: 'bruin',
      baseURL: server.url,
      logger: sink.logger,
      registry,
      auth: {
        login: () => {
          logins += 1;
          return Promise.resolve({ headers: { Authorization: `Bearer t${logins}` } });
        },
      },
    });
    const failure = await client.get('/api/Ticket/1').catch((err: unknown) => err);
    expect(statusOf(failure)).toBe(401);
    expect(logins).toBe(2);
    expect(server.received.map((r) => r.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('resends the body of a POST retried after re-login', async () => {
    const client = tokenClient();
    await client.get('/warm-up');
    vendor.revoke();
    await client.post('/api/Ticket/1/notes', { note: 'edge offline' });
    const posts = vendor.server.received.filter((r) => r.url === '/api/Ticket/1/notes');
    expect(posts.map((r) => r.body)).toEqual([
      '{"note":"edge offline"}',
      '{"note":"edge offline"}',
    ]);
  });

  it('does not log in again for a 401 when the client has no auth hook', async () => {
    const client = createVendorClient({
      vendor: 'dri',
      baseURL: vendor.server.url,
      logger: sink.logger,
      registry,
    });
    const failure = await client.get('/device').catch((err: unknown) => err);
    expect(statusOf(failure)).toBe(401);
    expect(vendor.logins).toBe(0);
  });
});
