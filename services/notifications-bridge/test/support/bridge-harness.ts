import { connectBus, type Bus } from '@automation-engine/messaging';
import {
  labControlClient,
  startLab,
  type RunningLab,
  type StartLabOptions,
} from '@automation-engine/simulators';
import { connectScopedBusPair, type LogLine } from '@automation-engine/testing';
import type { Registry } from 'prom-client';
import { type NotificationsBridge, startNotificationsBridge } from '../../src/app.js';
import { type NotificationsBridgeSettings, notificationsBridgeSettings } from '../../src/config.js';

export const LAB_SENDER = 'automation-engine@lab.example';

export interface Harness {
  lab: RunningLab;
  bridge: NotificationsBridge;
  bridgeBus: Bus;
  /** A caller on its own connection, as another service would be. */
  caller: Bus;
  registry: Registry;
  settings: NotificationsBridgeSettings;
  logLines: () => LogLine[];
  /** Calls the lab's control API. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  lab?: StartLabOptions;
  /** SMTP password the bridge logs in with (the lab asks for AUTH when it has credentials). */
  smtpPassword?: string;
  slackTimeoutMs?: number;
  emailTimeoutMs?: number;
}

/** Real NATS and Redis (shared, isolated by a subject prefix), the lab's Slack and SMTP sink. */
export async function startHarness(label: string, options: HarnessOptions = {}): Promise<Harness> {
  const lab = await startLab({ seed: 7, edges: 5, hosts: 1, clock: { speed: 0 }, ...options.lab });
  const { bridgeBus, caller, logger, registry, logLines } = await connectScopedBusPair({
    label,
    bridge: 'notifications-bridge',
    connect: connectBus,
  });
  const settings = notificationsBridgeSettings({
    SLACK_WEBHOOK: labUrl(lab, 'slack'),
    SLACK_TIMEOUT_MS: options.slackTimeoutMs ?? 2_000,
    SLACK_RETRIES: 2,
    SLACK_RETRY_BASE_DELAY_MS: 5,
    EMAIL_SMTP_URL: labUrl(lab, 'email'),
    EMAIL_SMTP_TLS_VERIFY: false,
    EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_USERNAME: LAB_SENDER,
    EMAIL_ACCOUNT_FOR_MESSAGE_DELIVERY_PASSWORD: options.smtpPassword,
    EMAIL_TIMEOUT_MS: options.emailTimeoutMs ?? 5_000,
    EMAIL_RETRIES: 2,
    EMAIL_RETRY_BASE_DELAY_MS: 5,
    EMAIL_RETRY_MAX_DELAY_MS: 50,
    NOTIFICATIONS_CONCURRENCY: 8,
  });
  const bridge = startNotificationsBridge({ bus: bridgeBus, logger, registry, settings });
  await bridgeBus.flush();
  const control = labControlClient(lab.urls.control);
  return {
    lab,
    bridge,
    bridgeBus,
    caller,
    registry,
    settings,
    logLines,
    control,
    close: async () => {
      await caller.drain();
      await bridge.stop();
      await bridgeBus.drain();
      await lab.close();
    },
  };
}

function labUrl(lab: RunningLab, name: 'slack' | 'email'): string {
  const url = lab.urls[name];
  if (url === undefined) throw new Error(`the lab serves no ${name}`);
  return url;
}

/** Waits until `probe` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
