import { slackWebhookErrorResponse, slackWebhookResponse } from '@automation-engine/vendor-apis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAB_SLACK_WEBHOOK_PATH } from '../../src/slack/build-slack-app.js';
import { deviceLabFixture, type DeviceLabFixture } from '../helpers/device-lab-fixture.js';
import { T0 } from '../helpers/lab-fixture.js';

let lab: DeviceLabFixture;
beforeEach(() => {
  lab = deviceLabFixture();
});
afterEach(async () => {
  await lab.close();
});

function post(payload: string, contentType = 'application/json', url = LAB_SLACK_WEBHOOK_PATH) {
  return lab.slack.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': contentType },
    payload,
  });
}

describe('slack - incoming webhook', () => {
  it('answers text ok and keeps the message with its lab time', async () => {
    const response = await post(
      JSON.stringify({ text: '[service-outage-monitor] Outage ticket 7302001 created' }),
    );
    expect([response.statusCode, response.headers['content-type'], response.body]).toEqual([
      200,
      'text/plain; charset=utf-8',
      'ok',
    ]);
    expect(slackWebhookResponse.safeParse(response.body).success).toBe(true);
    expect(lab.slack.messages.list()).toMatchObject([
      {
        id: 1,
        at: T0,
        webhook: LAB_SLACK_WEBHOOK_PATH,
        text: '[service-outage-monitor] Outage ticket 7302001 created',
      },
    ]);
  });

  it('accepts the form-encoded payload Slack also takes', async () => {
    const response = await post(
      `payload=${encodeURIComponent(JSON.stringify({ text: 'from a form' }))}`,
      'application/x-www-form-urlencoded',
    );
    expect(response.body).toBe('ok');
    expect(lab.slack.messages.list()[0]?.text).toBe('from a form');
  });

  it.each([
    ['malformed JSON', '{"text": ', 'application/json', 400, 'invalid_payload'],
    ['a non-object', '[1, 2]', 'application/json', 400, 'invalid_payload'],
    ['text that is not a string', '{"text": 5}', 'application/json', 400, 'invalid_payload'],
    ['no text', '{"username": "bot"}', 'application/json', 400, 'no_text'],
    ['blank text', '{"text": "  "}', 'application/json', 400, 'no_text'],
    [
      'a broken form payload',
      'payload=%7Bnope',
      'application/x-www-form-urlencoded',
      400,
      'invalid_payload',
    ],
  ])('answers %s the way Slack does', async (...[, payload, contentType, status, body]) => {
    const response = await post(payload, contentType);
    expect([response.statusCode, response.body]).toEqual([status, body]);
    expect(slackWebhookErrorResponse.safeParse(response.body).success).toBe(true);
    expect(lab.slack.messages.list()).toEqual([]);
  });

  it('answers no_service off the webhook paths', async () => {
    const response = await post('{"text":"x"}', 'application/json', '/services/T1/B1');
    expect([response.statusCode, response.body]).toEqual([404, 'no_service']);
  });

  it('answers injected statuses with Slack error texts and headers', async () => {
    lab.fault({
      simulator: 'slack',
      path: '/services/**',
      action: { kind: 'error', status: 429, headers: { 'retry-after': '30' } },
      times: 1,
    });
    lab.fault({
      simulator: 'slack',
      path: '/services/**',
      action: { kind: 'error', status: 410 },
      times: 1,
    });
    lab.fault({
      simulator: 'slack',
      path: '/services/**',
      action: { kind: 'expire-auth' },
      times: 1,
    });
    lab.fault({
      simulator: 'slack',
      path: '/services/**',
      action: { kind: 'error', status: 502 },
      times: 1,
    });
    const limited = await post('{"text":"x"}');
    expect([limited.statusCode, limited.body, limited.headers['retry-after']]).toEqual([
      429,
      'rate_limited',
      '30',
    ]);
    expect((await post('{"text":"x"}')).body).toBe('channel_is_archived');
    expect((await post('{"text":"x"}')).body).toBe('invalid_token');
    expect((await post('{"text":"x"}')).body).toBe('internal_error');
    expect((await post('{"text":"x"}')).body).toBe('ok');
  });
});

describe('slack - control API', () => {
  it('lists messages newest first, filters by text, and clears them', async () => {
    await post('{"text":"first [fraud-monitor] note"}');
    await post('{"text":"second"}');
    const list = (await lab.controlCall('GET', '/slack/messages')).json<{
      total: number;
      messages: { text: string; at: string }[];
    }>();
    expect(list.total).toBe(2);
    expect(list.messages.map((m) => m.text)).toEqual(['second', 'first [fraud-monitor] note']);
    expect(list.messages[0]?.at).toBe(new Date(T0).toISOString());
    const found = (await lab.controlCall('GET', '/slack/messages?contains=FRAUD')).json<{
      total: number;
    }>();
    expect(found.total).toBe(1);
    expect((await lab.controlCall('GET', '/slack/messages?limit=0')).statusCode).toBe(400);
    expect((await lab.controlCall('DELETE', '/slack/messages')).json()).toEqual({ removed: 2 });
    expect(lab.slack.messages.list()).toEqual([]);
  });
});
