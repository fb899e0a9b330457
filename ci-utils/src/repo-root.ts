import { fileURLToPath } from 'node:url';

/** The monorepo root, two levels above this file (ci-utils/src or ci-utils/dist). */
export function defaultRepoRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
