import { z } from 'zod';
import { defineContract } from '../define-contract.js';
import { t7TicketId, t7TicketRows } from './t7-ticket-id.js';

/** One asset's next-best-action predictions (`name` is a Bruin next-result name). */
export const t7AssetPredictions = z.looseObject({
  assetId: z.string(),
  predictions: z.array(z.looseObject({ name: z.string(), probability: z.number() })),
});

/** An asset T7 could not predict, with T7's error. */
export const t7AssetPredictionError = z.looseObject({
  assetId: z.string(),
  error: z.looseObject({ code: z.string(), message: z.string() }),
});

export const t7PredictionReply = z.array(z.union([t7AssetPredictions, t7AssetPredictionError]));
export type T7PredictionReply = z.infer<typeof t7PredictionReply>;

/**
 * `t7.prediction.request` → gRPC `entrypoint.Entrypoint/Prediction`. Replies per asset
 * `{assetId, predictions: [{name, probability}]}` or `{assetId, error: {code, message}}`. gRPC
 * failures: INTERNAL 400, UNAUTHENTICATED 401, PERMISSION_DENIED 403, UNIMPLEMENTED 404,
 * DEADLINE_EXCEEDED 408, others 500, body `"Grpc error details: …"`. Echoes `request_id`.
 */
export const t7PredictionRequest = defineContract({
  subject: 't7.prediction.request',
  request: z.looseObject({
    ticket_id: t7TicketId,
    ticket_rows: t7TicketRows.min(1),
    assets_to_predict: z.array(z.string().min(1)).min(1),
  }),
  response: t7PredictionReply,
  timeoutMs: 120_000,
  echoRequestId: true,
  description: 'Next-best-action predictions of a ticket, per asset',
});
