// Starting the lab
export { startLab, type LabUrls, type RunningLab, type StartLabOptions } from './start-lab.js';
export { loadLabConfig, labConfigSchema, type LabConfig } from './config.js';
export {
  createLabContext,
  DEFAULT_LAB_SETTINGS,
  type BruinSettings,
  type LabContext,
  type LabContextOptions,
  type LabSettings,
  type VcoSettings,
} from './lab-context.js';

// The registry of simulators (extension point for Hawkeye, T7, DiGi, DRI, Slack, SMTP…)
export type {
  BuiltSimulator,
  SimulatorDefinition,
  SimulatorInstance,
} from './registry/simulator-definition.js';
export { bruinSimulator, defaultSimulators, vcoSimulator } from './registry/default-simulators.js';
export { fastifyServer, type LabServer } from './http/lab-server.js';
export { createSimulatorApp, type SimulatorAppOptions } from './http/create-simulator-app.js';

// Simulators
export { BRUIN_SIMULATOR, buildBruinApp, type BruinSimulator } from './bruin/build-bruin-app.js';
export { buildVcoApp, VCO_SIMULATOR, type VcoSimulator } from './velocloud/build-vco-app.js';
export { buildControlApp, type ControlAppOptions } from './control/build-control-app.js';

// Clock
export { LabClock, type LabClockOptions, type LabClockSnapshot } from './clock/lab-clock.js';
export { parseLabTime } from './clock/parse-lab-time.js';

// Fleet
export { generateFleet } from './fleet/generate-fleet.js';
export { DEFAULT_FLEET_EPOCH, resolveFleetOptions } from './fleet/fleet-options.js';
export {
  enterpriseKey,
  type Fleet,
  type FleetCircuit,
  type FleetClient,
  type FleetContact,
  type FleetEdge,
  type FleetEnterprise,
  type FleetGateway,
  type FleetIndex,
  type FleetInventoryDocument,
  type FleetLink,
  type FleetOptions,
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
