import { bruinTicketDetails } from '@automation-engine/contracts/bruin';
import { freePort, metricValue } from '@automation-engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/bridge-harness.js';
import { anyEdge } from '../support/lab-fixtures.js';
import { givenBruinFault, givenTicket } from '../support/lab-tickets.js';

const TOKEN_PATH = '/identity/connect/token';
const DETAILS_PATH = '/api/Ticket/{id}/details';
const HOUR_MS = 3_600_000;

function usage(h: Harness, labels: Record<string, string>): Promise<number> {
  return metricValue(h.registry, 'bruin_api_usage', labels).then((value) => value ?? 0);
}

const logins = (h: Harness) => usage(h, { method: 'POST', endpoint_: TOKEN_PATH });
const detailAttempts = (h: Harness, status?: string) =>
  usage(h, {
    endpoint_: DETAILS_PATH,
    ...(status === undefined ? {} : { response_status: status }),
  });

describe('bruin client - token', () => {
  let h: Harness;
  let ticketId: number;

  beforeAll(async () => {
    h = await startHarness('token');
    ticketId = (await givenTicket(h, { serviceNumbers: [anyEdge(h.lab).serial] })).ticketID;
  });

  afterAll(async () => {
    await h.close();
  });

  const details = () => h.caller.request(bruinTicketDetails, { ticket_id: ticketId });

  it('logs in once and reuses the token while it is valid', async () => {
    await details();
    const before = await logins(h);
    for (let i = 0; i < 3; i += 1) expect((await details()).ok).toBe(true);
    expect(await logins(h)).toBe(before);
  });

  it('survives the token expiring mid-run: 401, one new login, the call replayed', async () => {
    await details();
    const loginsBefore = await logins(h);
    const refusedBefore = await detailAttempts(h, '401');
    h.lab.clock.advance(2 * HOUR_MS); // the lab's token TTL is an hour of lab time
    const reply = await details();
    expect(reply).toMatchObject({ ok: true, status: 200 });
    expect(await logins(h)).toBe(loginsBefore + 1);
    expect(await detailAttempts(h, '401')).toBe(refusedBefore + 1);
  });

  it('survives Bruin revoking the token', async () => {
    await givenBruinFault(h, { path: '/api/Ticket/*/details', kind: 'expire-auth', times: 1 });
    expect(await details()).toMatchObject({ ok: true, status: 200 });
  });

  it('answers 401 "Got 401 from Bruin" when Bruin refuses even the new token', async () => {
    await givenBruinFault(h, { path: '/api/Ticket/*/details', status: 401, times: 2 });
    expect(await details()).toEqual({ ok: false, status: 401, body: 'Got 401 from Bruin' });
    expect(await details()).toMatchObject({ ok: true }); // and recovers on the next call
  });
});

describe('bruin client - token near expiry', () => {
  let h: Harness;

  beforeAll(async () => {
    // expires_in 60 s is within the client's one-minute margin: every call logs in first.
    h = await startHarness('token-ttl', { lab: { settings: { bruin: { tokenTtlSeconds: 60 } } } });
  });

  afterAll(async () => {
    await h.close();
  });

  it('renews a token about to expire before using it, so Bruin never answers 401', async () => {
    const ticket = await givenTicket(h, { serviceNumbers: [anyEdge(h.lab).serial] });
    const before = await logins(h);
    for (let i = 0; i < 2; i += 1) {
      expect((await h.caller.request(bruinTicketDetails, { ticket_id: ticket.ticketID })).ok).toBe(
        true,
      );
    }
    expect(await logins(h)).toBe(before + 2);
    expect(await detailAttempts(h, '401')).toBe(0);
  });
});

describe('bruin client - vendor failures', () => {
  let h: Harness;
  let ticketId: number;

  beforeAll(async () => {
    h = await startHarness('failures', { settings: { retries: 2, timeoutMs: 300 } });
    ticketId = (await givenTicket(h, { serviceNumbers: [anyEdge(h.lab).serial] })).ticketID;
  });

  afterAll(async () => {
    await h.close();
  });

  const details = () => h.caller.request(bruinTicketDetails, { ticket_id: ticketId });

  it('retries a 5xx and answers once Bruin recovers', async () => {
    await details();
    const before = await detailAttempts(h);
    await givenBruinFault(h, { path: '/api/Ticket/*/details', status: 503, times: 2 });
    expect(await details()).toMatchObject({ ok: true, status: 200 });
    expect((await detailAttempts(h)) - before).toBe(3);
  });

  it('retries a 5xx, then reports it as 500 "Got internal error from Bruin"', async () => {
    const before = await detailAttempts(h);
    await givenBruinFault(h, { path: '/api/Ticket/*/details', status: 500, times: 3 });
    expect(await details()).toEqual({
      ok: false,
      status: 500,
      body: 'Got internal error from Bruin',
    });
    expect((await detailAttempts(h)) - before).toBe(3);
  });

  it('retries a timeout, then reports a connection error', async () => {
    await givenBruinFault(h, { path: '/api/Ticket/*/details', kind: 'timeout', times: 3 });
    const reply = await details();
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toMatch(/^Connection error in Bruin API\. Cause: timeout of 300ms/);
    expect(await detailAttempts(h, 'timeout')).toBe(3);
  });
});

describe('bruin client - login failures', () => {
  it('answers 401 when Bruin refuses the credentials', async () => {
    const h = await startHarness('bad-secret', { settings: { clientSecret: 'wrong' } });
    try {
      const reply = await h.caller.request(bruinTicketDetails, { ticket_id: 1 });
      expect(reply.status).toBe(401);
      expect(String(reply.body)).toContain("Bruin refused the bridge's credentials");
    } finally {
      await h.close();
    }
  });

  it('answers 500 while the token endpoint fails, and logs in once it is back', async () => {
    const h = await startHarness('token-down');
    try {
      await givenBruinFault(h, { path: TOKEN_PATH, status: 500, times: 1 });
      const down = await h.caller.request(bruinTicketDetails, { ticket_id: 1 });
      expect(down.status).toBe(500);
      expect(String(down.body)).toMatch(/^Could not log into Bruin/);
      const back = await h.caller.request(bruinTicketDetails, { ticket_id: 1 });
      expect(back).toEqual({ ok: false, status: 404, body: 'Resource not found' });
    } finally {
      await h.close();
    }
  });

  it('answers 500 with a connection error when Bruin cannot be reached', async () => {
    const port = await freePort();
    const h = await startHarness('unreachable', {
      settings: {
        baseUrl: `http://127.0.0.1:${String(port)}`,
        loginUrl: `http://127.0.0.1:${String(port)}`,
      },
    });
    try {
      const reply = await h.caller.request(bruinTicketDetails, { ticket_id: 1 });
      expect(reply.status).toBe(500);
      expect(String(reply.body)).toContain('ECONNREFUSED');
    } finally {
      await h.close();
    }
  });
});
