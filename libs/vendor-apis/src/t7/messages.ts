import { z } from 'zod';

/**
 * The T7 messages in the JSON form `@grpc/proto-loader` gives with `T7_PROTO_LOADER_OPTIONS`
 * (snake_case names, int64 as decimal strings, defaults filled in). Field numbers live in
 * `public_input.proto`.
 */

/** int64 fields: a decimal string once decoded; callers may encode a number. */
export const t7Int64 = z.union([
  z.string().regex(/^-?\d+$/, 'expected an int64'),
  z.number().int(),
]);

/** One B14 row with normalised keys; every field optional when encoding (defaults apply). */
export const t7TicketRow = z.looseObject({
  asset: z.string().optional(),
  product: z.string().optional(),
  entered_date: z.string().optional(),
  notes: z.string().optional(),
  task_result: z.string().optional(),
  client_name: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  entered_date_n: z.string().optional(),
  note_entered_by: z.string().optional(),
  ticket_entered_date: z.string().optional(),
  call_ticket_id: t7Int64.optional(),
  initial_note_ticket_creation: z.string().optional(),
  detail_id: t7Int64.optional(),
  address1: z.string().optional(),
  address2: z.string().optional(),
  zip: z.string().optional(),
  site_name: z.string().optional(),
  note_type: z.string().optional(),
  note_entered_date: z.string().optional(),
  task_assigned_to: z.string().optional(),
  task: z.string().optional(),
  sla: z.number().int().optional(),
  ticket_status: z.string().optional(),
});
export type T7TicketRow = z.infer<typeof t7TicketRow>;

export const t7PredictionRequest = z.looseObject({
  ticket_id: t7Int64,
  ticket_rows: z.array(t7TicketRow),
  assets_to_predict: z.array(z.string()),
});
export type T7PredictionRequest = z.infer<typeof t7PredictionRequest>;

/** `name` is a Bruin next-result name (`Repair Completed`…), matched against B11. */
export const t7TaskResult = z.looseObject({ name: z.string(), probability: z.number() });
export type T7TaskResult = z.infer<typeof t7TaskResult>;

export const t7Error = z.looseObject({ code: z.string(), message: z.string() });
export type T7Error = z.infer<typeof t7Error>;

/** Per asset: predictions, or an `error` (absent message field → null once decoded). */
export const t7AssetPrediction = z.looseObject({
  asset: z.string(),
  task_results: z.array(t7TaskResult),
  error: t7Error.nullable().optional(),
});
export type T7AssetPrediction = z.infer<typeof t7AssetPrediction>;

export const t7PredictionResponse = z.looseObject({
  success: z.boolean(),
  message: z.string(),
  ticket_id: t7Int64,
  asset_predictions: z.array(t7AssetPrediction),
});
export type T7PredictionResponse = z.infer<typeof t7PredictionResponse>;

export const t7SaveMetricsRequest = z.looseObject({
  ticket_id: t7Int64,
  ticket_rows: z.array(t7TicketRow),
});
export type T7SaveMetricsRequest = z.infer<typeof t7SaveMetricsRequest>;

export const t7SaveMetricsResponse = z.looseObject({ message: z.string() });
export type T7SaveMetricsResponse = z.infer<typeof t7SaveMetricsResponse>;

export const t7SaveLiveMetricsRequest = z.looseObject({
  ticket_id: t7Int64,
  asset_id: z.string(),
  automated_successfully: z.boolean(),
});
export type T7SaveLiveMetricsRequest = z.infer<typeof t7SaveLiveMetricsRequest>;

export const t7SaveLiveMetricsResponse = z.looseObject({ message: z.string() });
export type T7SaveLiveMetricsResponse = z.infer<typeof t7SaveLiveMetricsResponse>;
