import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineContract, EngineError } from '@automation-engine/contracts';
import {
  notificationEmailRequest,
  notificationSlackRequest,
  type EmailData,
} from '@automation-engine/contracts/notifications';
import type { Bus } from '@automation-engine/messaging';
import {
  BridgeCaller,
  BridgeFailureReporter,
  callBridge,
  NATS_ERROR_STATUS,
  Notifier,
} from '@automation-engine/monitoring';
import { captureLogger, isolatedScope, LEVEL } from '@automation-engine/testing';
import { openBus } from '../support.js';

const lookup = defineContract({
  subject: 'test.lookup.request',
  request: z.object({ id: z.number().int() }),
  response: z.object({ id: z.number().int(), name: z.string() }),
  timeoutMs: 2_000,
});
const nobody = defineContract({
  subject: 'test.nobody.request',
  request: z.object({}),
  response: z.null(),
});

/** Replies by id: 1 → 200, 404 → 404, 500 → 500 with a long body, 501 → object body, 2 → slow. */
function answer(id: number) {
  if (id === 404) throw new EngineError('NOT_FOUND', 'no such thing');
  if (id === 500) throw new EngineError('INTERNAL', 'long', { body: 'x'.repeat(800) });
  if (id === 501)
    throw new EngineError('INTERNAL', 'object', { status: 501, body: { error: 'nope' } });
  return { status: 200, body: { id, name: `thing ${String(id)}` } };
}

const scope = isolatedScope('caller');
let bridge: Bus;
let caller: Bus;
let listener: Bus;
const slack: unknown[] = [];
const emails: unknown[] = [];
const captured = captureLogger();
let bridges: BridgeCaller;

beforeAll(async () => {
  [bridge, caller, listener] = await Promise.all([openBus(scope), openBus(scope), openBus(scope)]);
  bridge.serve(lookup, async (body) => {
    if (body.id === 2) await new Promise((resolve) => setTimeout(resolve, 500));
    return answer(body.id);
  });
  listener.subscribe(notificationSlackRequest, (payload) => void slack.push(payload.message));
  listener.subscribe(notificationEmailRequest, (payload) => void emails.push(payload.email_data));
  await Promise.all([bridge.flush(), listener.flush()]);
  const notifier = new Notifier({ bus: caller, logger: captured.logger });
  bridges = new BridgeCaller({
    bus: caller,
    reporter: new BridgeFailureReporter({
      logger: captured.logger,
      notifier,
      environment: 'dev',
    }),
  });
});
afterAll(async () => {
  await Promise.all([bridge.drain(), caller.drain(), listener.drain()]);
});
beforeEach(() => {
  slack.length = 0;
  emails.length = 0;
});

const email: EmailData = {
  subject: 's',
  recipient: 'ops@example.com',
  text: 'hi',
  html: '<p>hi</p>',
  images: [],
  attachments: [],
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('BridgeCaller (real NATS)', () => {
  it('returns a 2xx reply typed, reporting nothing', async () => {
    expect(await bridges.call(lookup, { id: 1 }, { what: 'looking up 1' })).toEqual({
      ok: true,
      status: 200,
      body: { id: 1, name: 'thing 1' },
    });
    await settle();
    expect(slack).toEqual([]);
  });

  it('reports a non-2xx reply to the log and Slack, quoting a long body shortened', async () => {
    const result = await bridges.call(lookup, { id: 500 }, { what: 'looking up 500' });
    expect(result).toEqual({ ok: false, status: 500, body: 'x'.repeat(800) });
    const message = `Error while looking up 500 in DEV environment: Error 500 - ${'x'.repeat(500)}…`;
    await expect.poll(() => slack).toEqual([message]);
    expect(
      captured
        .lines()
        .filter((line) => line.msg === message)
        .map((line) => [line.level, line['subject'], line['status']]),
    ).toEqual([[LEVEL.error, 'test.lookup.request', 500]]);
  });

  it('quotes an object body as JSON', async () => {
    await bridges.call(lookup, { id: 501 }, { what: 'looking up 501' });
    await expect
      .poll(() => slack)
      .toEqual(['Error while looking up 501 in DEV environment: Error 501 - {"error":"nope"}']);
  });

  it('does not report a quiet status, but does report the others', async () => {
    const quiet = await bridges.call(lookup, { id: 404 }, { what: 'looking up 404', quiet: [404] });
    expect(quiet).toEqual({ ok: false, status: 404, body: 'no such thing' });
    await bridges.call(lookup, { id: 500 }, { what: 'looking up 500', quiet: [404] });
    await expect.poll(() => slack).toHaveLength(1);
    await settle();
    expect(slack).toEqual([expect.stringContaining('looking up 500')]);
  });

  it('answers 503 when nobody serves the subject, and reports it', async () => {
    const result = await bridges.call(nobody, {}, { what: 'asking nobody' });
    expect(result.ok).toBe(false);
    expect(result.status).toBe(NATS_ERROR_STATUS);
    expect(String(result.body)).toMatch(/no responders|test\.nobody\.request/i);
    await expect
      .poll(() => slack)
      .toEqual([
        expect.stringMatching(/^Error while asking nobody in DEV environment: Error 503 - /),
      ]);
  });

  it('answers 503 on a timeout (the caller’s timeoutMs)', async () => {
    const result = await bridges.call(lookup, { id: 2 }, { what: 'waiting', timeoutMs: 100 });
    expect(result).toMatchObject({ ok: false, status: 503 });
    await expect.poll(() => slack).toHaveLength(1);
  });

  it('answers 503 for a request that breaks the contract, nothing sent', async () => {
    const result = await bridges.call(
      lookup,
      { id: 'x' as unknown as number },
      { what: 'sending garbage' },
    );
    expect(result).toMatchObject({ ok: false, status: 503 });
    expect(String(result.body)).toMatch(/body\.id/);
  });
});

describe('callBridge', () => {
  it('rethrows what is not a bus failure', async () => {
    const broken = { request: () => Promise.reject(new TypeError('bug')) } as unknown as Bus;
    await expect(callBridge({ bus: broken, contract: lookup, body: { id: 1 } })).rejects.toThrow(
      TypeError,
    );
  });
});

describe('Notifier', () => {
  it('publishes Slack texts with the prefix, and e-mails', async () => {
    const notifier = new Notifier({
      bus: caller,
      logger: captured.logger,
      slackPrefix: '[service-affecting-monitor] ',
    });
    await notifier.slack('hello');
    await notifier.email(email);
    await expect.poll(() => slack).toContain('[service-affecting-monitor] hello');
    await expect.poll(() => emails).toHaveLength(1);
  });

  it('logs, never throws, when it cannot publish', async () => {
    const closed = await openBus(isolatedScope('closed'));
    await closed.drain();
    const { logger, lines } = captureLogger();
    const notifier = new Notifier({ bus: closed, logger });
    await notifier.slack('lost');
    await notifier.email(email);
    expect(lines().map((line) => [line.level, line.msg])).toEqual([
      [LEVEL.warn, 'slack notification not published'],
      [LEVEL.warn, 'e-mail not published'],
    ]);
  });
});
