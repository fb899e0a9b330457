import type { DriHandler } from './define-handler.js';
import { getDeviceParameters } from './get-device-parameters.js';

/** Every subject the bridge serves (spec/bridges.md §7). */
export const driHandlers: readonly DriHandler[] = [getDeviceParameters];
