import { join } from 'node:path';

/**
 * The monorepo's root, from this file's place in it (`libs/testing/src` or `libs/testing/dist`),
 * so that child processes are found by package folder whatever the caller's working directory.
 */
export const WORKSPACE_ROOT = join(import.meta.dirname, '..', '..', '..');
