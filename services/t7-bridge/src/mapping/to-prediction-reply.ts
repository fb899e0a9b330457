import type { T7PredictionReply } from '@automation-engine/contracts/t7';
import type { T7PredictionResponse } from '@automation-engine/vendor-apis';

/**
 * T7's `PredictionResponse` as the original replied it: per asset
 * `{assetId, predictions: [{name, probability}]}`, or `{assetId, error: {code, message}}` when T7
 * could not predict that asset.
 */
export function toPredictionReply(response: T7PredictionResponse): T7PredictionReply {
  return response.asset_predictions.map((prediction) =>
    prediction.error === null || prediction.error === undefined
      ? {
          assetId: prediction.asset,
          predictions: prediction.task_results.map(({ name, probability }) => ({
            name,
            probability,
          })),
        }
      : {
          assetId: prediction.asset,
          error: { code: prediction.error.code, message: prediction.error.message },
        },
  );
}
