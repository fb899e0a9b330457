import type { T7Handler } from './define-handler.js';
import { getPrediction } from './get-prediction.js';
import { saveLiveMetrics } from './save-live-metrics.js';
import { saveMetrics } from './save-metrics.js';

/** Every subject the bridge serves (spec/bridges.md §5). */
export const t7Handlers: readonly T7Handler[] = [getPrediction, saveMetrics, saveLiveMetrics];
