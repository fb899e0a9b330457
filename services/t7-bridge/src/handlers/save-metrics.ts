import { t7AutomationMetrics } from '@automation-engine/contracts/t7';
import { toTicketRow } from '../mapping/to-ticket-row.js';
import { defineHandler } from './define-handler.js';

/** `t7.automation.metrics` → `SaveMetrics` with the ticket's rows; replies T7's message. */
export const saveMetrics = defineHandler(t7AutomationMetrics, async (body, { t7 }) => {
  const message = await t7.saveMetrics({
    ticket_id: String(body.ticket_id),
    ticket_rows: body.ticket_rows.map(toTicketRow),
  });
  return { status: 200, body: message };
});
