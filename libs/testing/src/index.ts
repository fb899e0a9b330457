export { freePort } from './free-port.js';
export { isPortOpen, waitForPort } from './wait-for-port.js';
export { sleep, waitFor, type WaitOptions } from './wait-for.js';
export {
  findBinary,
  startNatsServer,
  startRedisServer,
  type LocalServer,
  type NatsServerOptions,
} from './local-servers.js';
export { resolveTestServers, type ServerSource, type TestServers } from './test-servers.js';
export { isolatedScope, sharedServers } from './scope.js';
export {
  captureLogger,
  captureStream,
  type CapturedStream,
  LEVEL,
  type LogLine,
} from './log-capture.js';
export { metricValue } from './metric-value.js';
export {
  connectScopedBusPair,
  type ScopedBusOptions,
  type ScopedBusPair,
} from './scoped-bus-pair.js';
export {
  startServiceProcess,
  type ServiceLogLine,
  type ServiceProcess,
} from './service-process.js';
export { WORKSPACE_ROOT } from './workspace-root.js';
export { startLabProcess, type LabProcess, type LabProcessUrls } from './lab-process.js';
