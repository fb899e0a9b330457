import { notificationSlackSend } from '@automation-engine/contracts/notifications';
import { connectBus } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import { startLab } from '@automation-engine/simulators';
import { isolatedScope, sharedServers } from '@automation-engine/testing';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { wireNotificationsBridge } from '../src/app.js';
import { type NotificationsBridgeConfig, serviceEnv } from '../src/config.js';
import { createSmtpTransport } from '../src/smtp-client/create-smtp-transport.js';

describe('wireNotificationsBridge', () => {
  it('serves the subjects on the kit and stops on shutdown', async () => {
    const lab = await startLab({ seed: 7, edges: 5, hosts: 1, clock: { speed: 0 } });
    const scope = isolatedScope('wire');
    const { natsUrl, redisUrl } = sharedServers();
    const logger = pino({ level: 'silent' });
    const connect = (name: string) =>
      connectBus({
        servers: natsUrl,
        name,
        redis: redisUrl,
        logger,
        registry: new Registry(),
        subjectPrefix: scope,
      });
    const bus = await connect('bridge');
    const caller = await connect('caller');
    const hooks: (() => Promise<void> | void)[] = [];
    const kit = {
      name: 'notifications-bridge',
      bus,
      logger,
      registry: new Registry(),
      config: {
        SLACK_WEBHOOK: lab.urls.slack,
        SLACK_TIMEOUT_MS: 2_000,
        SLACK_RETRIES: 0,
        SLACK_RETRY_BASE_DELAY_MS: 0,
        EMAIL_SMTP_URL: lab.urls.email,
        EMAIL_SMTP_TLS_VERIFY: false,
        EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: 'me@lab.example',
        EMAIL_TIMEOUT_MS: 2_000,
        EMAIL_RETRIES: 0,
        EMAIL_RETRY_BASE_DELAY_MS: 0,
        EMAIL_RETRY_MAX_DELAY_MS: 0,
        NOTIFICATIONS_CONCURRENCY: 2,
      },
      onShutdown: (hook: () => Promise<void> | void) => hooks.push(hook),
    } as unknown as ServiceKit<NotificationsBridgeConfig>;
    wireNotificationsBridge(kit);
    await bus.flush();
    expect((await caller.request(notificationSlackSend, { message: 'wired' })).ok).toBe(true);
    expect(hooks).toHaveLength(1);
    for (const hook of hooks) await hook();
    await caller.drain();
    await bus.drain();
    await lab.close();
  });

  it('declares the variables the service reads', () => {
    expect(Object.keys(serviceEnv)).toContain('SLACK_WEBHOOK');
    expect(Object.keys(serviceEnv)).toContain('EMAIL_SMTP_URL');
  });

  it('uses TLS from the start on smtps:// and the default ports', () => {
    const base = {
      tlsVerify: true,
      from: 'me@x',
      password: 'secret',
      timeoutMs: 1,
      retries: 0,
      retryBaseDelayMs: 0,
      retryMaxDelayMs: 0,
    };
    const secure = createSmtpTransport({ ...base, url: 'smtps://smtp.example' });
    const plain = createSmtpTransport({ ...base, url: 'smtp://smtp.example' });
    const options = (t: unknown) => (t as { options: { port: number; secure: boolean } }).options;
    expect(options(secure)).toMatchObject({ port: 465, secure: true });
    expect(options(plain)).toMatchObject({ port: 587, secure: false });
    secure.close();
    plain.close();
  });
});
