import type { Bus, Served } from '@automation-engine/messaging';
import type { ServiceKit } from '@automation-engine/service-kit';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import {
  type NotificationsBridgeConfig,
  type NotificationsBridgeSettings,
  notificationsBridgeSettings,
} from './config.js';
import { deliveryCounter } from './delivery/delivery-metrics.js';
import { notificationHandlers } from './handlers/notification-handlers.js';
import { createSlackHttp } from './slack-client/create-slack-http.js';
import { SlackClient } from './slack-client/slack-client.js';
import { createSmtpTransport } from './smtp-client/create-smtp-transport.js';
import { SmtpMailer } from './smtp-client/smtp-mailer.js';

export interface NotificationsBridgeDeps {
  bus: Bus;
  logger: Logger;
  registry: Registry;
  settings: NotificationsBridgeSettings;
}

export interface NotificationsBridge {
  readonly served: readonly Served[];
  /** Stops serving (messages in hand are finished first) and closes the relay transport. */
  stop(): Promise<void>;
}

/**
 * Builds the Slack and SMTP clients and serves every subject on `bus`, each in its original queue
 * group. Used by `main.ts` through the service kit, and by the integration tests directly.
 */
export function startNotificationsBridge(deps: NotificationsBridgeDeps): NotificationsBridge {
  const { bus, settings, registry } = deps;
  const logger = deps.logger.child({ component: 'notifications-bridge' });
  const slack = new SlackClient(createSlackHttp({ settings: settings.slack, logger, registry }));
  const mailer = new SmtpMailer(createSmtpTransport(settings.smtp), settings.smtp);
  const sent = deliveryCounter(registry);
  const served = notificationHandlers.map((handler) =>
    handler.serve(bus, { slack, mailer, sent }, { concurrency: settings.concurrency }),
  );
  logger.info(
    { subjects: served.map((s) => s.subject), smtp: smtpHost(settings.smtp.url) },
    'notifications bridge serving',
  );
  return {
    served,
    stop: async () => {
      await Promise.all(served.map((subject) => subject.stop()));
      mailer.close();
    },
  };
}

/** The relay's host and port, for the log (never the webhook, which carries a token). */
function smtpHost(url: string): string {
  return new URL(url).host;
}

/** `runService`'s `start`: the bridge on the kit's bus, logger and registry. */
export function wireNotificationsBridge(kit: ServiceKit<NotificationsBridgeConfig>): void {
  const bridge = startNotificationsBridge({
    bus: kit.bus,
    logger: kit.logger,
    registry: kit.registry,
    settings: notificationsBridgeSettings(kit.config),
  });
  kit.onShutdown(() => bridge.stop());
}
