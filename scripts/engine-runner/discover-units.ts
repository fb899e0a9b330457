import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a service's package.json asks to be run by `pnpm start` (all optional). */
interface EngineManifest {
  /** Extra env for the local run; `${VAR}` expands from the runner's env (lab URLs included). */
  env?: Record<string, string>;
  /**
   * Run one process per value of this variable, e.g. one outage monitor per VeloCloud host; a
   * value may instead be `{name, env}`: an instance with its own extra variables (the outage
   * monitor's triage instance).
   */
  instances?: {
    variable: string;
    values: (string | { name: string; env: Record<string, string> })[];
  };
}

export interface RunUnit {
  name: string;
  cwd: string;
  /** The package's `start` script, run through pnpm. */
  command: string[];
  env: Record<string, string>;
}

function expand(template: string, env: Record<string, string | undefined>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (_match, variable: string) => env[variable] ?? '');
}

/** Every service under services/ whose package.json has a `start` script, in name order. */
export function discoverServices(root: string, env: Record<string, string | undefined>): RunUnit[] {
  const servicesDir = join(root, 'services');
  if (!existsSync(servicesDir)) return [];
  const units: RunUnit[] = [];
  for (const name of readdirSync(servicesDir).sort()) {
    const manifestFile = join(servicesDir, name, 'package.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      scripts?: Record<string, string>;
      engine?: EngineManifest;
    };
    if (manifest.scripts?.['start'] === undefined) continue;
    const ownEnv: Record<string, string> = {};
    for (const [key, template] of Object.entries(manifest.engine?.env ?? {})) {
      // A value already in the environment wins: that is how real vendor URLs replace the lab's.
      ownEnv[key] = env[key] ?? expand(template, env);
    }
    const instances = manifest.engine?.instances;
    const cwd = join(servicesDir, name);
    if (instances === undefined) {
      units.push({ name, cwd, command: ['pnpm', 'run', '--silent', 'start'], env: ownEnv });
      continue;
    }
    for (const value of instances.values) {
      const instanceEnv =
        typeof value === 'string'
          ? { [instances.variable]: expand(value, env) }
          : Object.fromEntries(
              Object.entries(value.env).map(([key, template]) => [key, expand(template, env)]),
            );
      units.push({
        name: `${name}:${typeof value === 'string' ? value : value.name}`,
        cwd,
        command: ['pnpm', 'run', '--silent', 'start'],
        env: { ...ownEnv, ...instanceEnv },
      });
    }
  }
  return units;
}
