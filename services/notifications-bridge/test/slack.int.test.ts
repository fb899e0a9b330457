import {
  notificationSlackRequest,
  notificationSlackSend,
} from '@automation-engine/contracts/notifications';
import { defineContract } from '@automation-engine/contracts';
import { metricValue } from '@automation-engine/testing';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually, type Harness, startHarness } from './support/bridge-harness.js';
import { givenFault, marker, slackMessages } from './support/lab-messages.js';

const WEBHOOK_PATH = '/services/**';

/** The subject as an old or careless caller may use it: any body. */
const looseSlack = defineContract({
  subject: notificationSlackSend.subject,
  request: z.unknown(),
  response: z.unknown(),
});

const slackSent = (h: Harness, outcome: string) =>
  metricValue(h.registry, 'notifications_sent_total', { channel: 'slack', outcome }).then(
    (value) => value ?? 0,
  );

const webhookAttempts = (h: Harness, status: string) =>
  metricValue(h.registry, 'vendor_http_requests_total', { vendor: 'slack', status }).then(
    (value) => value ?? 0,
  );

describe('notification.slack.request', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('slack', { slackTimeoutMs: 300 });
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(async () => {
    await h.control('DELETE', '/faults?simulator=slack');
  });

  it('posts the message to the webhook and answers 200 when asked for a reply', async () => {
    const text = `[service-outage-monitor] ${marker('ack')}`;
    const sentBefore = await slackSent(h, 'sent');
    const reply = await h.caller.request(notificationSlackSend, { message: text });
    expect(reply).toEqual({ ok: true, status: 200, body: null });
    const [message] = await slackMessages(h, text);
    expect(message?.payload).toEqual({ text });
    expect(message?.webhook).toMatch(/^\/services\//);
    expect(await slackSent(h, 'sent')).toBe(sentBefore + 1);
  });

  it('posts a fire-and-forget publish (the original callers) without answering', async () => {
    const text = marker('published');
    await h.caller.publish(notificationSlackRequest, { message: text });
    const messages = await eventually(async () => {
      const found = await slackMessages(h, text);
      return found.length > 0 ? found : undefined;
    });
    expect(messages.map((m) => m.text)).toEqual([text]);
  });

  it('stringifies a message that is not text, as the original did', async () => {
    const id = marker('object');
    const reply = await h.caller.request(notificationSlackSend, { message: { id, count: 2 } });
    expect(reply.ok).toBe(true);
    const [message] = await slackMessages(h, id);
    expect(message?.text).toBe(JSON.stringify({ id, count: 2 }));
  });

  it('answers 400 naming the field when the message is missing, and posts nothing', async () => {
    const reply = await h.caller.request(looseSlack, { text: 'no message key' });
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(String(reply.body)).toContain('message');
    expect(await slackMessages(h, 'no message key')).toEqual([]);
  });

  it('retries a webhook answering 5xx and delivers the message', async () => {
    await givenFault(h, {
      simulator: 'slack',
      path: WEBHOOK_PATH,
      action: { kind: 'error', status: 503 },
      times: 2,
    });
    const text = marker('retried');
    const failedBefore = await webhookAttempts(h, '503');
    expect(await h.caller.request(notificationSlackSend, { message: text })).toMatchObject({
      ok: true,
      status: 200,
    });
    expect(await slackMessages(h, text)).toHaveLength(1);
    expect(await webhookAttempts(h, '503')).toBe(failedBefore + 2);
  });

  it('retries a 429 (rate limited) and delivers the message', async () => {
    await givenFault(h, {
      simulator: 'slack',
      path: WEBHOOK_PATH,
      action: { kind: 'error', status: 429, headers: { 'retry-after': '0' } },
      times: 1,
    });
    const text = marker('throttled');
    expect((await h.caller.request(notificationSlackSend, { message: text })).ok).toBe(true);
    expect(await slackMessages(h, text)).toHaveLength(1);
  });

  it('reports a webhook still failing after the retries: 500, metric, error log', async () => {
    await givenFault(h, {
      simulator: 'slack',
      path: WEBHOOK_PATH,
      action: { kind: 'error', status: 500 },
      times: 3,
    });
    const failedBefore = await slackSent(h, 'failed');
    const reply = await h.caller.request(notificationSlackSend, { message: marker('down') });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain('Slack did not take the message');
    expect(await slackSent(h, 'failed')).toBe(failedBefore + 1);
    expect(
      h.logLines().some((line) => line.msg === 'notification not delivered' && line.level === 50),
    ).toBe(true);
  });

  it('reports a refused webhook token (403 invalid_token) at once, without retrying', async () => {
    await givenFault(h, {
      simulator: 'slack',
      path: WEBHOOK_PATH,
      action: { kind: 'expire-auth' },
      times: 1,
    });
    const refusedBefore = await webhookAttempts(h, '403');
    const reply = await h.caller.request(notificationSlackSend, { message: marker('refused') });
    expect(reply).toEqual({
      ok: false,
      status: 403,
      body: 'Slack refused the message: 403 invalid_token',
    });
    expect(await webhookAttempts(h, '403')).toBe(refusedBefore + 1);
  });

  it('gives up on a webhook that never answers: timeout, retries, then 500', async () => {
    await givenFault(h, {
      simulator: 'slack',
      path: WEBHOOK_PATH,
      action: { kind: 'timeout' },
      times: 3,
    });
    const timeoutsBefore = await webhookAttempts(h, 'timeout');
    const reply = await h.caller.request(notificationSlackSend, { message: marker('slow') });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(await webhookAttempts(h, 'timeout')).toBe(timeoutsBefore + 3);
  });
});
