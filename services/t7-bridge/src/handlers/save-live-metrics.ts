import { t7LiveAutomationMetrics } from '@automation-engine/contracts/t7';
import { defineHandler } from './define-handler.js';

/** `t7.live.automation.metrics` → `SaveLiveMetrics`; replies T7's message. */
export const saveLiveMetrics = defineHandler(t7LiveAutomationMetrics, async (body, { t7 }) => {
  const message = await t7.saveLiveMetrics({
    ticket_id: String(body.ticket_id),
    asset_id: body.asset_id,
    automated_successfully: body.automated_successfully,
  });
  return { status: 200, body: message };
});
