import { notificationSlackSend } from '@automation-engine/contracts/notifications';
import { NotificationChannel } from '../delivery/delivery-metrics.js';
import { reportDelivery } from '../delivery/report-delivery.js';
import { defineHandler } from './define-handler.js';

/** The original's queue group for Slack. */
export const NOTIFICATIONS_BRIDGE_QUEUE = 'notifications_bridge';

/** `message` as Slack's `text`: a string as is, anything else as JSON (the original stringified). */
export function slackText(message: unknown): string {
  return typeof message === 'string' ? message : JSON.stringify(message);
}

/**
 * `notification.slack.request`: `POST <SLACK_WEBHOOK>` `{"text": message}`, retried on 5xx/429/
 * timeouts; answers 200 (null) when the caller asked for a reply.
 */
export const postSlackMessage = defineHandler({
  contract: notificationSlackSend,
  queue: NOTIFICATIONS_BRIDGE_QUEUE,
  handle: async (body, { slack, sent, logger }) => {
    await reportDelivery({ channel: NotificationChannel.slack, sent, logger }, () =>
      slack.post(slackText(body.message)),
    );
    return { status: 200, body: null };
  },
});
