export { BridgeCaller } from './bridge/bridge-caller.js';
export { BridgeFailureReporter } from './bridge/bridge-failure-reporter.js';
export { callBridge, NATS_ERROR_STATUS } from './bridge/call-bridge.js';
export { Notifier } from './bridge/notifier.js';
export { monitorEnv, type MonitorEnv } from './config/monitor-env.js';
export {
  DecisionLog,
  type Decision,
  type DecisionAction,
  type DecisionOutcome,
} from './decisions/decision-log.js';
export {
  writeModeEnv,
  writeModeOf,
  writeModeSchema,
  type WriteMode,
} from './decisions/write-mode.js';
export {
  hnocForwardKey,
  TICKET_FORWARDS,
  ticketForwardData,
  TicketForwardStore,
  workerForwardKey,
  type DueTicketForward,
  type TicketForwardData,
  type TicketForwardInput,
} from './forwards/ticket-forward-store.js';
export {
  isAsrBlacklistedLabel,
  isBusinessGradeLabel,
  isByobLabel,
  isDigiLogicalId,
  isIpAddressLabel,
} from './links/link-labels.js';
export {
  booleanLabel,
  clientLabel,
  labelValue,
  linkTypesLabel,
  type ClientLabelSettings,
} from './metrics/metric-labels.js';
export { taskMetrics, type TaskMetrics } from './metrics/task-metrics.js';
export {
  ANY_HEADER_SOURCE,
  isSystemNote,
  LEGACY_NOTE_HEADER,
  NOTE_HEADER,
  noteField,
  noteLines,
  noteStartsWith,
} from './notes/note-header.js';
export {
  bruinTicketUrl,
  NOTE_SPLIT_THRESHOLD,
  notesFor,
  notesOldestFirst,
  notesSinceLatest,
  parseBruinDate,
} from './notes/ticket-notes.js';
export {
  gracePeriodSeconds,
  isDayTime,
  minutesUntilDayStart,
  siteLocalTime,
  type GraceSettings,
} from './time/day-night.js';
export { wireMonitorBase, type MonitorBase, type MonitorKitLike } from './wire-monitor.js';
