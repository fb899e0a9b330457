export { t7AutomationMetrics, t7LiveAutomationMetrics } from './t7-metrics.js';
export {
  t7AssetPredictionError,
  t7AssetPredictions,
  t7PredictionReply,
  type T7PredictionReply,
  t7PredictionRequest,
} from './t7-prediction.js';
export { t7AnyTicketId, t7TicketId, t7TicketRows } from './t7-ticket-id.js';
