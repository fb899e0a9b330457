import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { t7AnyTicketId, t7TicketRows } from './t7-ticket-id.js';

/**
 * `t7.automation.metrics` → gRPC `SaveMetrics` with the ticket's rows. Replies T7's `message`.
 * Failures as `t7.prediction.request`. Echoes `request_id`.
 */
export const t7AutomationMetrics = defineContract({
  subject: 't7.automation.metrics',
  request: z.looseObject({ ticket_id: t7AnyTicketId, ticket_rows: t7TicketRows }),
  response: z.string(),
  timeoutMs: 120_000,
  echoRequestId: true,
  description: 'Feeds T7 the rows of a ticket the engine worked on',
});

/**
 * `t7.live.automation.metrics` → gRPC `SaveLiveMetrics`: whether the engine automated an asset's
 * ticket successfully (`false` allowed). Replies T7's `message`. Echoes `request_id`.
 */
export const t7LiveAutomationMetrics = defineContract({
  subject: 't7.live.automation.metrics',
  request: z.looseObject({
    ticket_id: t7AnyTicketId,
    asset_id: z.string().min(1),
    automated_successfully: z.boolean(),
  }),
  response: z.string(),
  timeoutMs: 120_000,
  echoRequestId: true,
  description: 'Tells T7 whether an automation of an asset succeeded',
});
