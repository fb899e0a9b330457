import { t7PredictionRequest } from '@automation-engine/contracts/t7';
import { toPredictionReply } from '../mapping/to-prediction-reply.js';
import { toTicketRow } from '../mapping/to-ticket-row.js';
import { defineHandler } from './define-handler.js';

/**
 * `t7.prediction.request` → `Prediction`: the ticket's rows (keys normalised) and the assets to
 * predict; replies per asset its predictions or T7's error for it.
 */
export const getPrediction = defineHandler(t7PredictionRequest, async (body, { t7 }) => {
  const response = await t7.prediction({
    ticket_id: String(body.ticket_id),
    ticket_rows: body.ticket_rows.map(toTicketRow),
    assets_to_predict: body.assets_to_predict,
  });
  return { status: 200, body: toPredictionReply(response) };
});
