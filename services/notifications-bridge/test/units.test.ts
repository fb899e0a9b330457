import { EngineError } from '@automation-engine/contracts';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { notificationsBridgeSettings } from '../src/config.js';
import { deliveryCounter } from '../src/delivery/delivery-metrics.js';
import { reportDelivery } from '../src/delivery/report-delivery.js';
import {
  backoffDelayMs,
  RetryDecision,
  retryWithBackoff,
} from '../src/delivery/retry-with-backoff.js';
import { slackText } from '../src/handlers/post-slack-message.js';
import { mapSlackFailure } from '../src/slack-client/map-slack-failure.js';
import {
  decideSmtpRetry,
  mapSmtpFailure,
  smtpErrorFields,
} from '../src/smtp-client/smtp-failure.js';
import { recipientsOf, toMailOptions } from '../src/smtp-client/to-mail-options.js';

const smtpError = (fields: { code?: string; responseCode?: number; message?: string }) =>
  Object.assign(new Error(fields.message ?? 'smtp failure'), fields);

const policy = (decide: (error: unknown) => RetryDecision, retries = 3) => ({
  retries,
  baseDelayMs: 10,
  maxDelayMs: 15,
  decide,
  random: () => 0.5,
  sleep: () => Promise.resolve(),
});

describe('retryWithBackoff', () => {
  it('waits baseDelay·2^(n-1), half fixed and half random, never above maxDelay', () => {
    const p = { ...policy(() => RetryDecision.retry), maxDelayMs: 100 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(p, n))).toEqual([8, 15, 30, 60, 75]);
  });

  it('retries transient failures until the retries are spent, then rethrows the last', async () => {
    let attempts = 0;
    const failing = retryWithBackoff(
      () => {
        attempts += 1;
        return Promise.reject(new Error(`attempt ${String(attempts)}`));
      },
      policy(() => RetryDecision.retry, 2),
    );
    await expect(failing).rejects.toThrow('attempt 3');
    expect(attempts).toBe(3);
  });

  it('returns the first success', async () => {
    let attempts = 0;
    const retries: number[] = [];
    const value = await retryWithBackoff(
      (attempt) => {
        attempts += 1;
        return attempt < 3 ? Promise.reject(new Error('not yet')) : Promise.resolve('done');
      },
      { ...policy(() => RetryDecision.retry), onRetry: ({ retry }) => retries.push(retry) },
    );
    expect(value).toBe('done');
    expect(attempts).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('stops at once on a final failure, and retries a retry-once failure only once', async () => {
    let attempts = 0;
    await expect(
      retryWithBackoff(
        () => {
          attempts += 1;
          return Promise.reject(new Error('final'));
        },
        policy(() => RetryDecision.stop),
      ),
    ).rejects.toThrow('final');
    expect(attempts).toBe(1);
    attempts = 0;
    await expect(
      retryWithBackoff(
        () => {
          attempts += 1;
          return Promise.reject(new Error('auth'));
        },
        policy(() => RetryDecision.retryOnce),
      ),
    ).rejects.toThrow('auth');
    expect(attempts).toBe(2);
  });

  it('really sleeps when no sleep is given', async () => {
    let attempts = 0;
    const real = { retries: 1, baseDelayMs: 2, maxDelayMs: 2, decide: () => RetryDecision.retry };
    await expect(
      retryWithBackoff(() => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('once')) : Promise.resolve(attempts);
      }, real),
    ).resolves.toBe(2);
  });
});

describe('SMTP failures', () => {
  it.each([
    [{ code: 'EAUTH', responseCode: 535 }, RetryDecision.retryOnce],
    [{ code: 'ECONNECTION' }, RetryDecision.retry],
    [{ code: 'ETIMEDOUT' }, RetryDecision.retry],
    [{ code: 'EENVELOPE', responseCode: 451 }, RetryDecision.retry],
    [{ code: 'EENVELOPE', responseCode: 550 }, RetryDecision.stop],
    [{ code: 'EMESSAGE', responseCode: 554 }, RetryDecision.stop],
  ])('%o → %s', (fields, decision) => {
    expect(decideSmtpRetry(smtpError(fields))).toBe(decision);
  });

  it('maps a refused login to 401, a permanent rejection to 400, the rest to 500', () => {
    expect(mapSmtpFailure(smtpError({ code: 'EAUTH', responseCode: 535 })).status).toBe(401);
    expect(mapSmtpFailure(smtpError({ responseCode: 550 })).status).toBe(400);
    const down = mapSmtpFailure(smtpError({ code: 'ECONNECTION', message: 'refused' }));
    expect(down).toMatchObject({ code: 'VENDOR_DOWN', status: 500 });
    expect(down.message).toContain('ECONNECTION: refused');
    expect(mapSmtpFailure('odd').message).toContain('error: odd');
  });

  it('keeps an EngineError as it is, and reads fields of anything thrown', () => {
    const engine = new EngineError('INTERNAL', 'bug');
    expect(mapSmtpFailure(engine)).toBe(engine);
    expect(smtpErrorFields(null)).toEqual({ message: 'null' });
    expect(smtpErrorFields({ message: 3 })).toEqual({ message: '{"message":3}' });
  });
});

describe('Slack failures', () => {
  const answered = (status: number, data: unknown) =>
    Object.assign(new Error(`status ${String(status)}`), {
      isAxiosError: true,
      response: { status, data },
    });

  it.each([
    [403, 'invalid_token', 'FORBIDDEN'],
    [404, 'no_service', 'NOT_FOUND'],
    [410, 'channel_is_archived', 'BAD_REQUEST'],
    [400, '', 'BAD_REQUEST'],
  ])('%i %s → %s, keeping the status', (status, body, code) => {
    const failure = mapSlackFailure(answered(status, body));
    expect(failure).toMatchObject({ code, status });
    expect(failure.message).toContain(body === '' ? 'no reason given' : body);
  });

  it('maps 5xx and no answer to VENDOR_DOWN, and keeps an EngineError', () => {
    expect(mapSlackFailure(answered(502, 'bad gateway')).status).toBe(500);
    expect(mapSlackFailure(new Error('socket hang up')).code).toBe('VENDOR_DOWN');
    const engine = new EngineError('INTERNAL', 'bug');
    expect(mapSlackFailure(engine)).toBe(engine);
  });
});

describe('message shapes', () => {
  it('sends text as is and stringifies anything else', () => {
    expect(slackText('[svc] hello')).toBe('[svc] hello');
    expect(slackText(42)).toBe('42');
    expect(slackText({ a: 1 })).toBe('{"a":1}');
  });

  it('splits ", "-separated recipients and drops blanks', () => {
    expect(recipientsOf('a@x, b@y,,  c@z ')).toEqual(['a@x', 'b@y', 'c@z']);
  });

  it('builds inline images (cid) and CSV attachments from base64', () => {
    const options = toMailOptions(
      {
        subject: 's',
        recipient: 'a@x',
        text: 't',
        html: 'h',
        images: [{ name: 'i.png', data: 'aQ==' }],
        attachments: [{ name: 'r.csv', data: 'cg==' }],
      },
      'me@x',
    );
    expect(options).toMatchObject({ from: 'me@x', to: ['a@x'], subject: 's', text: 't' });
    expect(options.attachments).toEqual([
      { filename: 'i.png', content: 'aQ==', encoding: 'base64', cid: 'i.png' },
      { filename: 'r.csv', content: 'cg==', encoding: 'base64', contentType: 'text/csv' },
    ]);
  });
});

describe('reportDelivery', () => {
  it('turns an unexpected failure into INTERNAL and counts it', async () => {
    const registry = new Registry();
    const sent = deliveryCounter(registry);
    const logger = pino({ level: 'silent' });
    await expect(
      reportDelivery({ channel: 'slack', sent, logger }, () => Promise.reject(new Error('boom'))),
    ).rejects.toMatchObject({ code: 'INTERNAL', status: 500 });
    const counted = await registry.getSingleMetricAsString('notifications_sent_total');
    expect(counted).toContain('channel="slack",outcome="failed"} 1');
    expect(counted).toContain('channel="email",outcome="sent"} 0');
  });
});

describe('notificationsBridgeSettings', () => {
  it('groups the variables per channel', () => {
    const settings = notificationsBridgeSettings({
      SLACK_WEBHOOK: 'https://hooks.slack.com/services/T/B/x',
      SLACK_TIMEOUT_MS: 1,
      SLACK_RETRIES: 2,
      SLACK_RETRY_BASE_DELAY_MS: 3,
      EMAIL_SMTP_URL: 'smtps://smtp.example:465',
      EMAIL_SMTP_TLS_VERIFY: true,
      EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'me@x',
      EMAIL_TIMEOUT_MS: 4,
      EMAIL_RETRIES: 5,
      EMAIL_RETRY_BASE_DELAY_MS: 6,
      EMAIL_RETRY_MAX_DELAY_MS: 7,
      NOTIFICATIONS_CONCURRENCY: 8,
    });
    expect(settings).toEqual({
      slack: {
        webhookUrl: 'https://hooks.slack.com/services/T/B/x',
        timeoutMs: 1,
        retries: 2,
        retryBaseDelayMs: 3,
      },
      smtp: {
        url: 'smtps://smtp.example:465',
        tlsVerify: true,
        from: 'me@x',
        password: undefined,
        timeoutMs: 4,
        retries: 5,
        retryBaseDelayMs: 6,
        retryMaxDelayMs: 7,
      },
      concurrency: 8,
    });
  });
});
