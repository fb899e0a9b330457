import { EngineError } from '@automation-engine/contracts';
import type { Logger } from 'pino';
import type { Counter } from 'prom-client';
import { DeliveryOutcome, type NotificationChannel } from './delivery-metrics.js';

export interface DeliveryReport {
  readonly channel: NotificationChannel;
  readonly sent: Counter<'channel' | 'outcome'>;
  readonly logger: Logger;
}

/**
 * Runs one delivery (its retries included) and says how it ended: `notifications_sent_total`
 * counts it, a failure is logged at `error` and rethrown as an `EngineError`, so the bus answers
 * a caller that asked for a reply. Nothing ends unreported.
 */
export async function reportDelivery<T>(
  report: DeliveryReport,
  deliver: () => Promise<T>,
): Promise<T> {
  const { channel, sent, logger } = report;
  try {
    const result = await deliver();
    sent.inc({ channel, outcome: DeliveryOutcome.sent });
    logger.info({ channel }, 'notification sent');
    return result;
  } catch (error) {
    sent.inc({ channel, outcome: DeliveryOutcome.failed });
    const failure =
      error instanceof EngineError
        ? error
        : new EngineError('INTERNAL', `${channel} notification failed: ${String(error)}`, {
            cause: error,
          });
    logger.error(
      { channel, code: failure.code, status: failure.status, reason: failure.message },
      'notification not delivered',
    );
    throw failure;
  }
}
