import type { DigiHandler } from './define-handler.js';
import { getRecoveryLogs } from './get-recovery-logs.js';
import { rebootDevice } from './reboot-device.js';

/** Every subject the bridge serves (spec/bridges.md §6). */
export const digiHandlers: readonly DigiHandler[] = [rebootDevice, getRecoveryLogs];
