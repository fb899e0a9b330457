import type {
  T7AssetPrediction,
  T7PredictionRequest,
  T7PredictionResponse,
  T7TaskResult,
} from '@automation-engine/vendor-apis';
import { hashString, mixInts, unitFromHash } from '../random/hash-mix.js';

/**
 * Next-result names the model predicts: Bruin's (B11 `resultName`s of the lab's work queues), so
 * the TNBA monitor can match them.
 */
export const T7_PREDICTION_NAMES = [
  'Repair Completed',
  'HNOC Investigate',
  'Wireless Repair Intervention Needed',
  'No Trouble Found - Carrier Issue',
  'Request Completed',
  'ASR Investigate',
] as const;

/** A fixed answer for an asset, set through the control API. */
export type T7Override =
  | { taskResults: T7TaskResult[]; error?: undefined }
  | { taskResults?: undefined; error: { code: string; message: string } };

/**
 * The model: for each asset to predict, three next results with probabilities that are a pure
 * function of (seed, ticket, asset); an asset absent from the ticket rows gets `NO_DATA`.
 */
export function predictTicket(args: {
  seed: number;
  request: T7PredictionRequest;
  overrides: ReadonlyMap<string, T7Override>;
}): T7PredictionResponse {
  const { seed, request, overrides } = args;
  const ticketId = String(request.ticket_id);
  const assetsInRows = new Set(request.ticket_rows.map((r) => r.asset ?? ''));
  const predictions = request.assets_to_predict.map((asset): T7AssetPrediction => {
    const override = overrides.get(asset);
    if (override?.error !== undefined) return { asset, task_results: [], error: override.error };
    if (override !== undefined) return { asset, task_results: override.taskResults };
    if (!assetsInRows.has(asset)) {
      return {
        asset,
        task_results: [],
        error: { code: 'NO_DATA', message: 'asset not present in ticket rows' },
      };
    }
    return { asset, task_results: taskResults(hashString(seed, `${ticketId}#${asset}`)) };
  });
  return { success: true, message: '', ticket_id: ticketId, asset_predictions: predictions };
}

function taskResults(hash: number): T7TaskResult[] {
  const names = [...T7_PREDICTION_NAMES];
  const picked: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const index = Math.floor(unitFromHash(mixInts(hash, i)) * names.length);
    picked.push(...names.splice(index, 1));
  }
  const weights = picked.map((_, i) => (3 - i) * (0.5 + unitFromHash(mixInts(hash, 10 + i))));
  const total = weights.reduce((a, b) => a + b, 0) / 0.95;
  return picked
    .map((name, i) => ({
      name,
      probability: Math.round(((weights[i] ?? 0) / total) * 100) / 100,
    }))
    .sort((a, b) => b.probability - a.probability);
}
