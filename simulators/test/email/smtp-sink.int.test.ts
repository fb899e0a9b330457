import { smtpSendResult } from '@automation-engine/vendor-apis';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { LabClock } from '../../src/clock/lab-clock.js';
import { buildControlApp } from '../../src/control/build-control-app.js';
import { registerEmailControlRoutes } from '../../src/control/routes/message-control-routes.js';
import { buildSmtpSink, type SmtpSink } from '../../src/email/build-smtp-sink.js';
import { faultSpec, type FaultSpecInput } from '../../src/faults/fault-spec.js';
import { createLabContext, type LabContext, type LabSettingsInput } from '../../src/lab-context.js';
import { T0 } from '../helpers/lab-fixture.js';

let sink: SmtpSink | undefined;
let ctx: LabContext;
let port = 0;
afterEach(async () => {
  await sink?.server.close();
  sink = undefined;
});

async function startSink(settings?: LabSettingsInput): Promise<void> {
  ctx = createLabContext({
    fleet: { seed: 1, edges: 2, hosts: 1 },
    clock: new LabClock({ speed: 0, startAt: T0 }),
    ...(settings === undefined ? {} : { settings }),
  });
  sink = buildSmtpSink(ctx);
  const url = await sink.server.listen({ host: '127.0.0.1', port: 0 });
  expect(url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  port = Number(new URL(url).port);
}

function transport(
  options: {
    auth?: { user: string; pass: string };
    requireTLS?: boolean;
    socketTimeout?: number;
  } = {},
) {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ...options,
    tls: { rejectUnauthorized: false },
  });
}

const csv = 'serial,state\nVC05200071234,OFFLINE\n';
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** A report e-mail as the notifications bridge builds it (spec §9). */
const report = {
  from: 'automation@mettel.example',
  to: 'noc@mettel.example, ops@mettel.example',
  cc: 'lead@mettel.example',
  subject: 'Service outage report',
  text: 'Two edges are offline.',
  html: '<p>Two edges are offline.</p><img src="cid:chart.png">',
  attachments: [
    { filename: 'chart.png', content: png, cid: 'chart.png', contentType: 'image/png' },
    { filename: 'edges.csv', content: csv, contentType: 'text/csv' },
  ],
};

function fault(spec: Omit<FaultSpecInput, 'simulator'>): void {
  ctx.faults.add(faultSpec.parse({ simulator: 'email', ...spec }));
}

describe('smtp sink - receiving mail', () => {
  it('accepts a multipart report and keeps it parsed: recipients, subject, bodies, attachments', async () => {
    await startSink();
    const info: unknown = await transport().sendMail(report);
    expect(smtpSendResult.safeParse(info).success).toBe(true);
    const [message] = sink?.messages.list() ?? [];
    expect(message).toMatchObject({
      id: 1,
      at: T0,
      envelope: {
        mailFrom: 'automation@mettel.example',
        rcptTo: ['noc@mettel.example', 'ops@mettel.example', 'lead@mettel.example'],
      },
      authUser: null,
      from: 'automation@mettel.example',
      to: ['noc@mettel.example', 'ops@mettel.example'],
      cc: ['lead@mettel.example'],
      subject: 'Service outage report',
      text: 'Two edges are offline.',
      html: '<p>Two edges are offline.</p><img src="cid:chart.png">',
    });
    expect(message?.attachments).toEqual([
      {
        filename: 'chart.png',
        contentType: 'image/png',
        size: png.length,
        contentId: '<chart.png>',
        inline: true,
      },
      {
        filename: 'edges.csv',
        contentType: 'text/csv',
        size: csv.length,
        contentId: null,
        inline: false,
      },
    ]);
    expect(message?.raw).toContain('multipart/related');
  });

  it('upgrades with STARTTLS as the relay on 587 does', async () => {
    await startSink();
    await transport({ requireTLS: true }).sendMail({ ...report, attachments: [] });
    expect(sink?.messages.list()).toHaveLength(1);
  });

  it('requires AUTH with the configured credentials when the lab has them', async () => {
    await startSink({ email: { username: 'relay-user', password: 'relay-pass' } });
    await expect(transport().sendMail(report)).rejects.toMatchObject({ responseCode: 530 });
    await expect(
      transport({ auth: { user: 'relay-user', pass: 'wrong' } }).sendMail(report),
    ).rejects.toMatchObject({ responseCode: 535 });
    await transport({
      auth: { user: 'relay-user', pass: 'relay-pass' },
      requireTLS: true,
    }).sendMail(report);
    expect(sink?.messages.list().map((m) => m.authUser)).toEqual(['relay-user']);
  });
});

describe('smtp sink - fault injection', () => {
  it('answers an injected SMTP reply code at the targeted phase, then accepts again', async () => {
    await startSink();
    fault({ path: '/data', action: { kind: 'error', status: 451, body: 'try later' }, times: 1 });
    await expect(transport().sendMail(report)).rejects.toMatchObject({ responseCode: 451 });
    fault({ path: '/rcpt', action: { kind: 'error', status: 550 }, times: 3 });
    await expect(transport().sendMail(report)).rejects.toMatchObject({ responseCode: 550 });
    fault({ path: '/auth', action: { kind: 'expire-auth' }, times: 1 });
    await expect(
      transport({ auth: { user: 'a', pass: 'b' } }).sendMail(report),
    ).rejects.toMatchObject({ responseCode: 535 });
    fault({ path: '/mail', action: { kind: 'delay', delayMs: 1 }, times: 1 });
    await transport().sendMail(report);
    expect(sink?.messages.list()).toHaveLength(1);
  });

  it('never answers a timed-out phase; the client gives up and the next mail goes through', async () => {
    await startSink();
    fault({ path: '/connect', action: { kind: 'timeout' }, times: 1 });
    await expect(transport({ socketTimeout: 300 }).sendMail(report)).rejects.toThrow();
    await transport().sendMail(report);
    expect(sink?.messages.list()).toHaveLength(1);
  });
});

describe('smtp sink - control API', () => {
  it('lists mail newest first, filters by recipient and subject, shows one and its raw text, clears', async () => {
    await startSink();
    const control = buildControlApp({
      ctx,
      simulators: new Map([['email', []]]),
      extensions: [
        {
          name: 'email',
          routes: (app) => registerEmailControlRoutes(app, { messages: sink!.messages }),
        },
      ],
    });
    await transport().sendMail(report);
    await transport().sendMail({
      ...report,
      to: 'other@mettel.example',
      cc: [],
      subject: 'Duplicate inventories',
    });
    const get = (url: string) => control.inject({ method: 'GET', url });
    const all = (await get('/email/messages')).json<{
      total: number;
      messages: { subject: string; raw?: string }[];
    }>();
    expect(all.messages.map((m) => m.subject)).toEqual([
      'Duplicate inventories',
      'Service outage report',
    ]);
    expect(all.messages[0]?.raw).toBeUndefined();
    expect(
      (await get('/email/messages?to=LEAD@mettel.example')).json<{ total: number }>().total,
    ).toBe(1);
    expect((await get('/email/messages?subject=duplicate')).json<{ total: number }>().total).toBe(
      1,
    );
    expect((await get('/email/messages/2')).json<{ subject: string }>().subject).toBe(
      'Duplicate inventories',
    );
    const raw = await get('/email/messages/1/raw');
    expect([
      raw.headers['content-type'],
      raw.body.includes('Subject: Service outage report'),
    ]).toEqual(['message/rfc822', true]);
    expect((await get('/email/messages/9')).statusCode).toBe(404);
    expect((await get('/email/messages?limit=x')).statusCode).toBe(400);
    expect((await control.inject({ method: 'DELETE', url: '/email/messages' })).json()).toEqual({
      removed: 2,
    });
    await control.close();
  });
});
