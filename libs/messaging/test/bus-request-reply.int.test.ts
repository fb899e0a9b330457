import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '@automation-engine/contracts';
import {
  type Bus,
  InvalidRequestError,
  InvalidResponseError,
  NoRespondersError,
  RequestTimeoutError,
} from '@automation-engine/messaging';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import type { LogLine } from '@automation-engine/testing';
import {
  echoContract,
  echoFieldsContract,
  echoIdContract,
  metricValue,
  openBus,
} from './support.js';
import type { Registry } from 'prom-client';

describe('bus - request/reply', () => {
  const scope = isolatedScope('rr');
  let server: Bus;
  let client: Bus;
  let serverRegistry: Registry;
  let serverLog: () => LogLine[];

  beforeAll(async () => {
    ({ bus: server, registry: serverRegistry, lines: serverLog } = await openBus(scope));
    ({ bus: client } = await openBus(scope));
    server.serve(
      echoContract,
      (body) => {
        if (body.note === 'explode') throw new Error('vendor client blew up');
        if (body.note === 'missing')
          throw new EngineError('NOT_FOUND', `ticket ${String(body.ticket_id)} not found`);
        if (body.note === 'resolved') {
          throw new EngineError('CONFLICT', 'resolved', {
            status: 471,
            body: { ticket_id: body.ticket_id },
          });
        }
        if (body.note === 'bad-shape') return { status: 200, body: { wrong: true } as never };
        return { status: 200, body: { ...body, served_by: 'a' } };
      },
      { queue: `${scope}-q` },
    );
    server.serve(echoIdContract, () => ({ status: 200, body: null }));
    await server.flush();
  });

  afterAll(async () => {
    await client.drain();
    await server.drain();
  });

  it('round-trips a typed request and its reply', async () => {
    const reply = await client.request(echoContract, { ticket_id: 7, note: 'hello' });
    expect(reply).toEqual({
      ok: true,
      status: 200,
      body: { ticket_id: 7, note: 'hello', served_by: 'a' },
    });
  });

  it('answers 400 naming every bad field when the body breaks the contract', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const raw = await nc.request(
        `${scope}.test.echo.request`,
        JSON.stringify({ request_id: 'r1', body: { ticket_id: 'seven' } }),
        { timeout: 5_000 },
      );
      const reply = raw.json<{ status: number; body: string }>();
      expect(reply.status).toBe(400);
      expect(reply.body).toContain('body.ticket_id');
      expect(reply.body).toContain('body.note');
      // the original does not echo request_id on this subject
      expect(reply).not.toHaveProperty('request_id');
    } finally {
      await nc.close();
    }
  });

  it('answers 400 to a request that is not JSON and keeps serving', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const raw = await nc.request(`${scope}.test.echo.request`, 'not json at all', {
        timeout: 5_000,
      });
      expect(raw.json<{ status: number; body: string }>()).toMatchObject({ status: 400 });
      expect(raw.json<{ body: string }>().body).toMatch(/not JSON/);
    } finally {
      await nc.close();
    }
    expect((await client.request(echoContract, { ticket_id: 1, note: 'after' })).ok).toBe(true);
  });

  it('answers 500 when the handler throws, and serves the next request', async () => {
    const failed = await client.request(echoContract, { ticket_id: 1, note: 'explode' });
    expect(failed).toEqual({
      ok: false,
      status: 500,
      body: 'internal error: vendor client blew up',
    });
    const next = await client.request(echoContract, { ticket_id: 2, note: 'fine' });
    expect(next.ok).toBe(true);
    expect(
      serverLog().some((line) => line['msg'] === 'handler failed' && line['level'] === 50),
    ).toBe(true);
    expect(
      await metricValue(serverRegistry, 'bus_handled_requests_total', { status: '500' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('replies with the status and body of an EngineError', async () => {
    expect(await client.request(echoContract, { ticket_id: 3, note: 'missing' })).toEqual({
      ok: false,
      status: 404,
      body: 'ticket 3 not found',
    });
    expect(await client.request(echoContract, { ticket_id: 4, note: 'resolved' })).toEqual({
      ok: false,
      status: 471,
      body: { ticket_id: 4 },
    });
  });

  it('rejects a caller body that breaks the contract before sending it', async () => {
    await expect(client.request(echoContract, { ticket_id: 1.5, note: '' })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });

  it('raises InvalidResponseError when a success reply breaks the contract', async () => {
    const attempt = client.request(echoContract, { ticket_id: 5, note: 'bad-shape' });
    await expect(attempt).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(attempt).rejects.toThrow(/body\.ticket_id/);
  });

  it('raises NoRespondersError when nobody serves the subject', async () => {
    const { bus: lonely } = await openBus(isolatedScope('lonely'));
    try {
      await expect(
        lonely.request(echoContract, { ticket_id: 1, note: 'x' }),
      ).rejects.toBeInstanceOf(NoRespondersError);
    } finally {
      await lonely.drain();
    }
  });

  it('raises RequestTimeoutError when the reply is late', async () => {
    const timeoutScope = isolatedScope('timeout');
    const { bus } = await openBus(timeoutScope);
    bus.serve(echoContract, async (body) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { status: 200, body: { ...body, served_by: 'slow' } };
    });
    await bus.flush();
    try {
      const attempt = bus.request(echoContract, { ticket_id: 1, note: 'x' }, { timeoutMs: 100 });
      await expect(attempt).rejects.toBeInstanceOf(RequestTimeoutError);
      await expect(attempt).rejects.toMatchObject({ timeoutMs: 100, subject: 'test.echo.request' });
    } finally {
      await bus.drain();
    }
  });

  it('echoes request_id on subjects of the original that do', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const raw = await nc.request(
        `${scope}.test.echo_id.request`,
        JSON.stringify({ request_id: 'abcdefghijkmnopqrstuvw', body: {} }),
        { timeout: 5_000 },
      );
      expect(raw.json()).toEqual({ body: null, status: 200, request_id: 'abcdefghijkmnopqrstuvw' });
    } finally {
      await nc.close();
    }
  });

  it('repeats the envelope fields a contract names, as digi.reboot repeats igzID', async () => {
    const echoScope = isolatedScope('echo-fields');
    const { bus } = await openBus(echoScope);
    bus.serve(echoFieldsContract, () => ({ status: 200, body: null }));
    await bus.flush();
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      const subject = `${echoScope}.test.echo_fields.request`;
      const withField = await nc.request(
        subject,
        JSON.stringify({ request_id: 'r1', igzID: 'igz-42', body: {} }),
        { timeout: 5_000 },
      );
      expect(withField.json()).toEqual({ body: null, status: 200, igzID: 'igz-42' });
      const withoutField = await nc.request(
        subject,
        JSON.stringify({ request_id: 'r2', body: {} }),
        {
          timeout: 5_000,
        },
      );
      expect(withoutField.json()).toEqual({ body: null, status: 200, igzID: null });
    } finally {
      await nc.close();
      await bus.drain();
    }
  });

  it('sends the original wire envelope: {request_id, body} with a 22-char shortuuid', async () => {
    const nc = await connect({ servers: sharedServers().natsUrl });
    const captureScope = isolatedScope('wire');
    const { bus } = await openBus(captureScope);
    try {
      const sub = nc.subscribe(`${captureScope}.test.echo.request`, { max: 1 });
      const seen = (async () => {
        for await (const msg of sub) {
          msg.respond(
            JSON.stringify({ body: { ticket_id: 9, note: 'n', served_by: 'python' }, status: 200 }),
          );
          return msg.json<Record<string, unknown>>();
        }
        return undefined;
      })();
      await nc.flush();
      const reply = await bus.request(echoContract, { ticket_id: 9, note: 'n' });
      expect(reply.ok && reply.body.served_by).toBe('python');
      const envelope = await seen;
      expect(Object.keys(envelope ?? {})).toEqual(['request_id', 'body']);
      expect(envelope?.['request_id']).toMatch(/^[2-9A-HJ-NP-Za-km-z]{22}$/);
      expect(envelope?.['body']).toEqual({ ticket_id: 9, note: 'n' });
    } finally {
      await bus.drain();
      await nc.close();
    }
  });

  it('takes no reply inbox as fire-and-forget: handles it and answers nobody', async () => {
    const fafScope = isolatedScope('faf');
    const { bus } = await openBus(fafScope);
    const handled: number[] = [];
    bus.serve(echoContract, (body) => {
      handled.push(body.ticket_id);
      return { status: 200, body: { ...body, served_by: 'x' } };
    });
    await bus.flush();
    const nc = await connect({ servers: sharedServers().natsUrl });
    try {
      await nc.flush();
      nc.publish(
        `${fafScope}.test.echo.request`,
        JSON.stringify({ request_id: 'x', body: { ticket_id: 11, note: 'n' } }),
      );
      await nc.flush();
      await expect.poll(() => handled).toEqual([11]);
    } finally {
      await nc.close();
      await bus.drain();
    }
  });
});
