// The one way services start a real bridge as a child process in tests (customer-cache's).
export {
  startBridgeProcess,
  type BridgeProcess,
} from '../../../customer-cache/test/support/bridge-process.js';
