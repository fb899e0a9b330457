import { exists, isRecord, readText, record } from './delivery-repo.js';

const SCOPE = '@automation-engine/';

/** The `@automation-engine/*` packages a package.json depends on (dependencies and devDependencies). */
function workspaceDependencies(relativeDir: string): string[] {
  const manifest = record(
    JSON.parse(readText(`${relativeDir}/package.json`)),
    `${relativeDir}/package.json`,
  );
  return ['dependencies', 'devDependencies']
    .map((field) => manifest[field])
    .flatMap((deps) => (isRecord(deps) ? Object.keys(deps) : []))
    .filter((name) => name.startsWith(SCOPE))
    .map((name) => name.slice(SCOPE.length));
}

/**
 * The folders of libs/ a service is built and tested from: the workspace libs its package.json
 * names, and the libs those name, transitively. A change to any of them reruns its jobs.
 */
export function workspaceLibsOf(service: string): string[] {
  const isLib = (name: string): boolean => exists(`libs/${name}/package.json`);
  const found = new Set<string>();
  const pending = workspaceDependencies(`services/${service}`).filter(isLib);
  for (let lib = pending.pop(); lib !== undefined; lib = pending.pop()) {
    if (found.has(lib)) continue;
    found.add(lib);
    pending.push(...workspaceDependencies(`libs/${lib}`).filter(isLib));
  }
  return [...found].sort();
}
