/** Scopes that are not a folder under services/ or libs/ but are still parts of the repository. */
export const FIXED_SCOPES = [
  'simulators',
  'acceptance-tests',
  'ci-utils',
  'infra-as-code',
  'helm',
  'metrics-dashboard',
  'deps',
  'ci',
  'docs',
  'repo',
] as const;

/** Every scope a commit may name: each service, each lib, and the fixed ones. */
export function knownScopes(folders: {
  services: readonly string[];
  libs: readonly string[];
}): ReadonlySet<string> {
  return new Set([...folders.services, ...folders.libs, ...FIXED_SCOPES]);
}
