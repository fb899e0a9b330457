import { counter } from '@automation-engine/observability';
import type { Counter, Registry } from 'prom-client';

export const NotificationChannel = { slack: 'slack', email: 'email' } as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];

export const DeliveryOutcome = { sent: 'sent', failed: 'failed' } as const;
export type DeliveryOutcome = (typeof DeliveryOutcome)[keyof typeof DeliveryOutcome];

/**
 * `notifications_sent_total{channel, outcome}`: one sample per notification, after its retries
 * (`failed` means it was given up on and reported). Created at 0 for every pair.
 */
export function deliveryCounter(registry: Registry): Counter<'channel' | 'outcome'> {
  const metric = counter(registry, {
    name: 'notifications_sent_total',
    help: 'Notifications handed to Slack or the mail relay, by outcome after retries',
    labelNames: ['channel', 'outcome'] as const,
  });
  for (const channel of Object.values(NotificationChannel)) {
    for (const outcome of Object.values(DeliveryOutcome)) metric.inc({ channel, outcome }, 0);
  }
  return metric;
}
