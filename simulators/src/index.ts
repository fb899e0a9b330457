// Starting the lab
export { startLab, type LabUrls, type RunningLab, type StartLabOptions } from './start-lab.js';
export { loadLabConfig, labConfigSchema, type LabConfig } from './config.js';
export { labOptionsFromConfig } from './lab-options-from-config.js';
export {
  createLabContext,
  DEFAULT_LAB_SETTINGS,
  type BruinSettings,
  type DigiSettings,
  type DriSettings,
  type EmailSettings,
  type HawkeyeSettings,
  type LabContext,
  type LabContextOptions,
  type LabSettings,
  type LabSettingsInput,
  type VcoSettings,
} from './lab-context.js';

// The registry of simulators (extension point for Hawkeye, T7, DiGi, DRI, Slack, SMTP…)
export type {
  BuiltSimulator,
  SimulatorDefinition,
  SimulatorInstance,
} from './registry/simulator-definition.js';
export { bruinSimulator, defaultSimulators, vcoSimulator } from './registry/default-simulators.js';
export {
  digiSimulator,
  driSimulator,
  hawkeyeSimulator,
  t7Simulator,
} from './registry/device-simulators.js';
export { emailSimulator, slackSimulator } from './registry/notification-simulators.js';
export { fastifyServer, type LabServer } from './http/lab-server.js';
export { createSimulatorApp, type SimulatorAppOptions } from './http/create-simulator-app.js';
export {
  basicCredentialsOf,
  bearerTokenOf,
  cookieOf,
  ExpiringTokenStore,
} from './http/expiring-token-store.js';

// Simulators
export { BRUIN_SIMULATOR, buildBruinApp, type BruinSimulator } from './bruin/build-bruin-app.js';
export { buildVcoApp, VCO_SIMULATOR, type VcoSimulator } from './velocloud/build-vco-app.js';
export { buildControlApp, type ControlAppOptions } from './control/build-control-app.js';
export {
  buildHawkeyeApp,
  HAWKEYE_SIMULATOR,
  type HawkeyeSimulator,
} from './hawkeye/build-hawkeye-app.js';
export {
  PROBE_TEST_KINDS,
  ProbeStateStore,
  type ProbeDegradation,
  type ProbeTestKind,
} from './hawkeye/probe-state-store.js';
export { PROBE_TEST_INTERVAL_MS, PROBE_TEST_TYPES } from './hawkeye/probe-tests.js';
export {
  buildT7Server,
  T7_SIMULATOR,
  T7GrpcError,
  type T7Simulator,
} from './t7/build-t7-server.js';
export { loadT7Service } from './t7/load-t7-service.js';
export { predictTicket, T7_PREDICTION_NAMES, type T7Override } from './t7/t7-predictor.js';
export { T7CallLog } from './t7/t7-call-log.js';
export { grpcStatusForFault } from './t7/grpc-fault-status.js';
export { buildDigiApp, DIGI_SIMULATOR, type DigiSimulator } from './digi/build-digi-app.js';
export {
  DIGI_REBOOT_OUTCOMES,
  DigiRebootLog,
  type DigiReboot,
  type DigiRebootOutcome,
} from './digi/digi-reboot-log.js';
export { DigiBehaviour, type DigiBehaviourRule } from './digi/digi-behaviour.js';
export { buildDriApp, DRI_SIMULATOR, type DriSimulator } from './dri/build-dri-app.js';
export {
  DRI_TASK_OUTCOMES,
  DriTaskStore,
  type DriRule,
  type DriTask,
  type DriTaskOutcome,
} from './dri/dri-task-store.js';
export { driParameterValues } from './dri/dri-parameters.js';
export {
  buildSlackApp,
  LAB_SLACK_WEBHOOK_PATH,
  SLACK_SIMULATOR,
  type SlackSimulator,
} from './slack/build-slack-app.js';
export { SlackMessageLog, type SlackMessage } from './slack/slack-message-log.js';
export {
  buildSmtpSink,
  EMAIL_SIMULATOR,
  SMTP_FAULT_PATHS,
  type SmtpSink,
} from './email/build-smtp-sink.js';
export {
  EmailMessageLog,
  type EmailAttachmentInfo,
  type EmailMessage,
} from './email/email-message-log.js';
export { consolePage } from './console/console-page.js';
export { registerConsoleRoutes } from './console/register-console-routes.js';

// Clock
export { LabClock, type LabClockOptions, type LabClockSnapshot } from './clock/lab-clock.js';
export { parseLabTime } from './clock/parse-lab-time.js';
export { formatIsoSeconds } from './clock/format-iso-seconds.js';
export { LabScheduler, type ScheduledTask } from './clock/lab-scheduler.js';

// Fleet
export { generateFleet } from './fleet/generate-fleet.js';
export { DEFAULT_FLEET_EPOCH, resolveFleetOptions } from './fleet/fleet-options.js';
export { PROBE_PRODUCT_CATEGORY } from './fleet/generate-probes.js';
export {
  enterpriseKey,
  type Fleet,
  type FleetCircuit,
  type FleetClient,
  type FleetContact,
  type FleetDigiDevice,
  type FleetEdge,
  type FleetEnterprise,
  type FleetGateway,
  type FleetIndex,
  type FleetInventoryDocument,
  type FleetLink,
  type FleetOptions,
  type FleetPiabDevice,
  type FleetProbe,
  type FleetSite,
  type ResolvedFleetOptions,
} from './fleet/fleet-types.js';
export { createSeededRandom, mulberry32, type SeededRandom } from './random/seeded-random.js';
export { hashString, mixInts, unitFromHash } from './random/hash-mix.js';

// State
export {
  FleetRuntime,
  isEdgeUp,
  type EdgeLookup,
  type EdgeRuntime,
  type LinkRuntime,
} from './state/fleet-runtime.js';
export { VcoEventLog, type VcoEventQuery, type VcoEventRecord } from './state/vco-event-log.js';
export { DegradationStore, type LinkDegradation } from './state/degradation-store.js';
export { linkMetrics, METRIC_BUCKET_MS, type LinkMetricValues } from './metrics/link-metrics.js';
export { TicketStore, type NewTicket, type TicketFilter } from './bruin/ticket-store.js';
export type {
  LabTicket,
  LabTicketDetail,
  LabTicketNote,
  LabStatusChange,
} from './bruin/lab-ticket.js';
export { decideRepairOutcome, type RepairOutcome } from './bruin/decide-repair-outcome.js';

// Faults
export {
  FaultRegistry,
  compilePathPattern,
  type ActiveFault,
  type FaultTarget,
} from './faults/fault-registry.js';
export {
  faultSpec,
  faultAction,
  type FaultAction,
  type FaultKind,
  type FaultSpec,
  type FaultSpecInput,
} from './faults/fault-spec.js';
export {
  installFaultHook,
  type FaultHookOptions,
  type Sleep,
} from './faults/install-fault-hook.js';

export { LabError, LAB_ERROR_STATUS, type LabErrorCode } from './errors.js';
export { labControlClient, type LabControl } from './control/lab-control-client.js';
