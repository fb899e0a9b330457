export { digiReboot } from './digi-reboot.js';
export {
  digiHeaderValue,
  digiRebootMessage,
  digiRecoveryLogLine,
  type DigiRebootMessage,
  type DigiRecoveryLogLine,
} from './digi-shapes.js';
export { getDigiRecoveryLogs } from './get-digi-recovery-logs.js';
