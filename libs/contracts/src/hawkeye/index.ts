export {
  hawkeyeProbeRecord,
  type HawkeyeProbeRecord,
  hawkeyeProbeRequest,
  hawkeyeProbeState,
} from './hawkeye-probe.js';
export {
  hawkeyeProbeTestResult,
  type HawkeyeProbeTestResult,
  hawkeyeResultMetric,
  hawkeyeTestRequest,
} from './hawkeye-test.js';
