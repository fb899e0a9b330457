import { connect } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { BusClosedError, RequestTimeoutError } from '@automation-engine/messaging';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import { echoContract, openBus } from './support.js';

describe('bus - reply inbox', () => {
  it('fails a request still waiting when the bus drains', async () => {
    const scope = isolatedScope('inbox-drain');
    const nc = await connect({ servers: sharedServers().natsUrl });
    nc.subscribe(`${scope}.test.echo.request`, { callback: () => undefined }); // never answers
    await nc.flush();
    const { bus } = await openBus(scope);
    try {
      const waiting = bus.request(echoContract, { ticket_id: 1, note: 'n' }, { timeoutMs: 30_000 });
      // The expectation is attached before the drain rejects the request.
      const failsClosed = expect(waiting).rejects.toBeInstanceOf(BusClosedError);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await bus.drain();
      await failsClosed;
    } finally {
      await nc.close();
    }
  });

  it('ignores a reply that comes after its request timed out, and keeps answering others', async () => {
    const scope = isolatedScope('inbox-late');
    const nc = await connect({ servers: sharedServers().natsUrl });
    nc.subscribe(`${scope}.test.echo.request`, {
      callback: (_error, msg) => {
        const { body } = msg.json<{ body: { ticket_id: number; note: string } }>();
        const reply = JSON.stringify({ body: { ...body, served_by: 'raw' }, status: 200 });
        if (body.note === 'late') setTimeout(() => msg.respond(reply), 150);
        else msg.respond(reply);
      },
    });
    await nc.flush();
    const { bus } = await openBus(scope);
    try {
      await expect(
        bus.request(echoContract, { ticket_id: 1, note: 'late' }, { timeoutMs: 50 }),
      ).rejects.toBeInstanceOf(RequestTimeoutError);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the late reply arrives now
      expect((await bus.request(echoContract, { ticket_id: 2, note: 'on time' })).ok).toBe(true);
    } finally {
      await bus.drain();
      await nc.close();
    }
  });
});
