import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { knownScopes } from './known-scopes.js';

async function folderNames(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter(
        (entry) =>
          entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules',
      )
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The known scopes of the repository at `repoRoot`, read from the folders under services/ and libs/. */
export async function readKnownScopes(repoRoot: string): Promise<ReadonlySet<string>> {
  const [services, libs] = await Promise.all([
    folderNames(join(repoRoot, 'services')),
    folderNames(join(repoRoot, 'libs')),
  ]);
  return knownScopes({ services, libs });
}
