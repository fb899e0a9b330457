import { describe, expect, it } from 'vitest';
import { predictTicket, T7_PREDICTION_NAMES } from '../../src/t7/t7-predictor.js';

const request = {
  ticket_id: '7301455',
  ticket_rows: [{ asset: 'VC1' }, { asset: 'VC2' }],
  assets_to_predict: ['VC1', 'VC2'],
};

describe('predictTicket', () => {
  it('predicts distinct known names, most likely first, per asset', () => {
    const answer = predictTicket({ seed: 1, request, overrides: new Map() });
    for (const prediction of answer.asset_predictions) {
      const names = prediction.task_results.map((r) => r.name);
      expect(new Set(names).size).toBe(3);
      expect(names.every((n) => (T7_PREDICTION_NAMES as readonly string[]).includes(n))).toBe(true);
      const p = prediction.task_results.map((r) => r.probability);
      expect(p).toEqual([...p].sort((a, b) => b - a));
    }
  });

  it('depends on the seed, the ticket and the asset only', () => {
    const a = predictTicket({ seed: 1, request, overrides: new Map() });
    expect(predictTicket({ seed: 1, request, overrides: new Map() })).toEqual(a);
    expect(predictTicket({ seed: 2, request, overrides: new Map() })).not.toEqual(a);
    expect(a.asset_predictions[0]).not.toEqual(a.asset_predictions[1]);
  });
});
