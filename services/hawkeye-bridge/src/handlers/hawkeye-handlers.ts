import type { HawkeyeHandler } from './define-handler.js';
import { getProbes } from './get-probes.js';
import { getTestResults } from './get-test-results.js';

/** Every subject the bridge serves (spec/bridges.md §4). */
export const hawkeyeHandlers: readonly HawkeyeHandler[] = [getProbes, getTestResults];
