import { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineContract,
  defineEvent,
  DEFAULT_TIMEOUT_MS,
  EngineError,
  ErrorCode,
  formatIssues,
  isSuccessStatus,
  readReplyEnvelope,
  readRequestEnvelope,
  statusByErrorCode,
  type RequestOf,
  type ResponseOf,
} from '@automation-engine/contracts';

const noteAppend = defineContract({
  subject: 'bruin.ticket.note.append.request',
  request: z.object({ ticket_id: z.number().int(), note: z.string().min(1) }),
  response: z.object({ ticket_id: z.number() }),
  timeoutMs: 75_000,
});

describe('defineContract', () => {
  it('declares a subject once with its schemas, timeout and echo rule', () => {
    expect(noteAppend.subject).toBe('bruin.ticket.note.append.request');
    expect(noteAppend.timeoutMs).toBe(75_000);
    expect(noteAppend.echoRequestId).toBe(false);
    expect(Object.isFrozen(noteAppend)).toBe(true);
    expectTypeOf<RequestOf<typeof noteAppend>>().toEqualTypeOf<{
      ticket_id: number;
      note: string;
    }>();
    expectTypeOf<ResponseOf<typeof noteAppend>>().toEqualTypeOf<{ ticket_id: number }>();
  });

  it('defaults the timeout and the echo rule', () => {
    const contract = defineContract({ subject: 'x', request: z.null(), response: z.null() });
    expect(contract.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(contract.echoRequestId).toBe(false);
  });

  it('declares fire-and-forget events', () => {
    const slack = defineEvent({
      subject: 'notification.slack.request',
      payload: z.object({ message: z.string() }),
    });
    expect(slack.kind).toBe('event');
  });
});

describe('envelopes', () => {
  it('reads the original request envelope with and without request_id', () => {
    expect(readRequestEnvelope({ request_id: 'abc', body: { a: 1 } })).toEqual({
      request_id: 'abc',
      body: { a: 1 },
    });
    expect(readRequestEnvelope({ request_id: null, body: null })).toEqual({ body: null });
    expect(readRequestEnvelope({ body: 1 })).toEqual({ body: 1 });
    expect(readRequestEnvelope({ request_id: 'r', igzID: null, body: 1 })).toEqual({
      request_id: 'r',
      body: 1,
      extra: { igzID: null },
    });
  });

  it('refuses what is not a request envelope', () => {
    for (const value of [null, 'text', 42, [1], { request_id: 5, body: {} }]) {
      expect(readRequestEnvelope(value)).toBeUndefined();
    }
  });

  it('reads replies, including the original null status quirk', () => {
    expect(readReplyEnvelope({ body: null, status: null })).toEqual({ body: null, status: null });
    expect(readReplyEnvelope({ body: 'x', status: 471, request_id: 'r' })).toEqual({
      body: 'x',
      status: 471,
    });
  });

  it('refuses what is not a reply envelope', () => {
    for (const value of [null, [], { body: 'x' }, { body: 'x', status: '200' }, { status: 2.5 }]) {
      expect(readReplyEnvelope(value)).toBeUndefined();
    }
  });

  it('treats only 2xx as success', () => {
    expect([199, 200, 204, 299, 300, 409, 471, 500].map((s) => isSuccessStatus(s))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(isSuccessStatus(null)).toBe(false);
  });
});

describe('errors', () => {
  it('maps every error code to a status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(statusByErrorCode[code]).toBeGreaterThanOrEqual(400);
    }
  });

  it('lets a handler override the status and body, as for Bruin business codes', () => {
    const error = new EngineError('CONFLICT', 'resolved ticket exists', {
      status: 471,
      body: { ticket_id: 5 },
    });
    expect(error.status).toBe(471);
    expect(error.body).toEqual({ ticket_id: 5 });
    expect(new EngineError('NOT_FOUND', 'no such ticket').body).toBe('no such ticket');
  });

  it('names every bad field by its path', () => {
    const result = noteAppend.request.safeParse({ ticket_id: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) {
      const text = formatIssues(result.error.issues);
      expect(text).toContain('body.ticket_id');
      expect(text).toContain('body.note');
    }
  });
});
