import {
  type EmailData,
  notificationEmailRequest,
  notificationEmailSend,
} from '@automation-engine/contracts/notifications';
import { metricValue } from '@automation-engine/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually, type Harness, LAB_SENDER, startHarness } from './support/bridge-harness.js';
import { emails, givenFault, marker } from './support/lab-messages.js';

const PIXEL_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const CSV = 'serial,client\nVC05200071234,Acme\n';

function emailOf(subject: string, overrides: Partial<EmailData> = {}): EmailData {
  return {
    subject,
    recipient: 'noc@mettel.example, ops@mettel.example',
    text: `Plain text of ${subject}`,
    html: `<p>HTML of ${subject}</p><img src="cid:logo.png">`,
    images: [{ name: 'logo.png', data: PIXEL_PNG_BASE64 }],
    attachments: [{ name: 'report.csv', data: Buffer.from(CSV).toString('base64') }],
    ...overrides,
  };
}

const emailSent = (h: Harness, outcome: string) =>
  metricValue(h.registry, 'notifications_sent_total', { channel: 'email', outcome }).then(
    (value) => value ?? 0,
  );

const smtpFault = (
  h: Harness,
  fault: { phase: string; action: { kind: string; status?: number }; times: number },
) =>
  givenFault(h, {
    simulator: 'email',
    method: 'SMTP',
    path: fault.phase,
    action: fault.action,
    times: fault.times,
  });

describe('notification.email.request', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('email', { emailTimeoutMs: 400 });
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(async () => {
    await h.control('DELETE', '/faults?simulator=email');
  });

  it('sends the mail to every recipient with subject, text, html, inline image and CSV', async () => {
    const subject = marker('Daily report');
    const sentBefore = await emailSent(h, 'sent');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply).toEqual({ ok: true, status: 200, body: null });
    const [mail] = await emails(h, subject);
    expect(mail?.envelope).toEqual({
      mailFrom: LAB_SENDER,
      rcptTo: ['noc@mettel.example', 'ops@mettel.example'],
    });
    expect(mail?.from).toContain(LAB_SENDER);
    expect(mail?.to).toEqual(['noc@mettel.example', 'ops@mettel.example']);
    expect(mail?.subject).toBe(subject);
    expect(mail?.text?.trim()).toBe(`Plain text of ${subject}`);
    expect(mail?.html).toContain(`<p>HTML of ${subject}</p>`);
    expect(mail?.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ filename: 'logo.png', contentId: '<logo.png>', inline: true }),
        expect.objectContaining({
          filename: 'report.csv',
          contentType: 'text/csv',
          size: CSV.length,
        }),
      ]),
    );
    expect(await emailSent(h, 'sent')).toBe(sentBefore + 1);
  });

  it('sends a fire-and-forget publish (the original callers) without answering', async () => {
    const subject = marker('Published');
    await h.caller.publish(notificationEmailRequest, {
      email_data: emailOf(subject, { recipient: 'one@mettel.example', images: [] }),
    });
    const [mail] = await eventually(async () => {
      const found = await emails(h, subject);
      return found.length > 0 ? found : undefined;
    });
    expect(mail?.to).toEqual(['one@mettel.example']);
  });

  it('carries an e-mail over 1 MiB through the claim-check', async () => {
    const subject = marker('Big snapshot');
    const big = Buffer.from('x,'.repeat(700_000)).toString('base64');
    const reply = await h.caller.request(notificationEmailSend, {
      email_data: emailOf(subject, { images: [], attachments: [{ name: 'cache.csv', data: big }] }),
    });
    expect(reply.ok).toBe(true);
    const [mail] = await emails(h, subject);
    expect(mail?.attachments[0]).toMatchObject({ filename: 'cache.csv', size: 1_400_000 });
  });

  it('retries a relay answering 451 (try again later) and delivers the mail', async () => {
    await smtpFault(h, { phase: '/data', action: { kind: 'error', status: 451 }, times: 2 });
    const subject = marker('Transient');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply.ok).toBe(true);
    expect(await emails(h, subject)).toHaveLength(1);
    expect(h.logLines().filter((line) => line.msg === 'smtp send retry').length).toBeGreaterThan(1);
  });

  it('reports a relay still failing after the retries: 500, metric, error log', async () => {
    await smtpFault(h, { phase: '/mail', action: { kind: 'error', status: 421 }, times: 3 });
    const failedBefore = await emailSent(h, 'failed');
    const subject = marker('Down');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain('The mail relay did not take the e-mail (421');
    expect(await emailSent(h, 'failed')).toBe(failedBefore + 1);
    expect(await emails(h, subject)).toEqual([]);
  });

  it('does not retry a mail the relay rejects for good (554): 400 at once', async () => {
    await smtpFault(h, { phase: '/mail', action: { kind: 'error', status: 554 }, times: 1 });
    const subject = marker('Rejected');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(String(reply.body)).toContain('rejected the e-mail (554');
    // The fault was spent on the only attempt: the next mail goes through.
    expect(
      (await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) })).ok,
    ).toBe(true);
  });

  it('sends to the recipients the relay accepts and logs the ones it refuses', async () => {
    await smtpFault(h, { phase: '/rcpt', action: { kind: 'error', status: 550 }, times: 1 });
    const subject = marker('Partial');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply.ok).toBe(true);
    const [mail] = await emails(h, subject);
    expect(mail?.envelope.rcptTo).toEqual(['ops@mettel.example']);
    const warning = h.logLines().find((line) => line.msg === 'the relay refused some recipients');
    expect(warning?.['rejected']).toEqual(['noc@mettel.example']);
  });

  it('gives up on a relay that never greets: timeout, retries, then 500', async () => {
    await smtpFault(h, { phase: '/connect', action: { kind: 'timeout' }, times: 3 });
    const reply = await h.caller.request(notificationEmailSend, {
      email_data: emailOf(marker('Silent')),
    });
    expect(reply).toMatchObject({ ok: false, status: 500 });
    expect(String(reply.body)).toContain('The mail relay did not take the e-mail');
  });

  it('answers 400 naming the field when email_data breaks the contract', async () => {
    const reply = await h.caller
      .request(notificationEmailSend, {
        email_data: { ...emailOf('x'), recipient: '' },
      })
      .catch((error: unknown) => error);
    expect(reply).toBeInstanceOf(Error); // the shared contract stops it at the caller
  });
});

describe('notification.email.request - relay asking for AUTH', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('email-auth', {
      lab: { settings: { email: { username: LAB_SENDER, password: 'lab-mail-password' } } },
      smtpPassword: 'lab-mail-password',
    });
  });

  afterAll(async () => {
    await h.close();
  });

  it('logs in with the sender account', async () => {
    const subject = marker('Authenticated');
    expect(
      (await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) })).ok,
    ).toBe(true);
    const [mail] = await emails(h, subject);
    expect(mail?.authUser).toBe(LAB_SENDER);
  });

  it('logs in again on a new connection when the relay refuses the login once (535)', async () => {
    await smtpFault(h, { phase: '/auth', action: { kind: 'expire-auth' }, times: 1 });
    const subject = marker('Relogin');
    const reply = await h.caller.request(notificationEmailSend, { email_data: emailOf(subject) });
    expect(reply.ok).toBe(true);
    expect(await emails(h, subject)).toHaveLength(1);
  });

  it('answers 401 when the relay refuses the login again', async () => {
    await smtpFault(h, { phase: '/auth', action: { kind: 'error', status: 535 }, times: 2 });
    const reply = await h.caller.request(notificationEmailSend, {
      email_data: emailOf(marker('Refused')),
    });
    expect(reply).toMatchObject({ ok: false, status: 401 });
    expect(String(reply.body)).toContain("refused the sender's credentials");
  });
});
