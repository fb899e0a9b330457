/**
 * What the delivery checks read from the repository: the services (from services/<name>/package.json,
 * so a new service is checked as soon as its folder exists), YAML with GitLab's `!reference` tag and
 * merge keys, env files, and plain-data accessors that narrow `unknown` with a readable failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments, YAMLSeq } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

export function readText(relativePath: string): string {
  return readFileSync(repoPath(relativePath), 'utf8');
}

export function exists(relativePath: string): boolean {
  return existsSync(repoPath(relativePath));
}

export function isDirectory(relativePath: string): boolean {
  return exists(relativePath) && statSync(repoPath(relativePath)).isDirectory();
}

// ---- plain data ----------------------------------------------------------------------------------

export type Data = Record<string, unknown>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown, what: string): Data {
  if (!isRecord(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

export function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not a string`);
  return value;
}

/** `value.a.b.c`, or undefined as soon as a step is missing or not a mapping. */
export function dig(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

// ---- services ------------------------------------------------------------------------------------

export interface ServicePackage {
  /** The folder name: the service's name everywhere (compose, chart, image, CI jobs). */
  name: string;
  packageName: string;
  /** `engine.env` of package.json: what `pnpm start` gives the service (docs/CREATE_NEW_SERVICE.md). */
  engineEnv: Readonly<Record<string, string>>;
}

/** Every folder of services/ with a package.json, in name order. */
export function listServices(): ServicePackage[] {
  return readdirSync(repoPath('services'))
    .filter((name) => exists(`services/${name}/package.json`))
    .sort()
    .map((name) => {
      const manifest = record(
        JSON.parse(readText(`services/${name}/package.json`)),
        `services/${name}/package.json`,
      );
      const engineEnv: Record<string, string> = {};
      for (const [key, value] of Object.entries(
        record(dig(manifest, 'engine', 'env') ?? {}, 'engine.env'),
      )) {
        engineEnv[key] = text(value, `services/${name}/package.json engine.env.${key}`);
      }
      return { name, packageName: text(manifest['name'], `services/${name} name`), engineEnv };
    });
}

/** The service's TypeScript sources (services/<name>/src), recursively. */
export function sourceFiles(relativeDir: string): string[] {
  if (!isDirectory(relativeDir)) return [];
  return readdirSync(repoPath(relativeDir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(relativeDir, file))
    .sort();
}

// ---- YAML and env files --------------------------------------------------------------------------

// GitLab's `!reference [.job, key]` reads as the list of its path.
const gitlabTags = [
  {
    tag: '!reference',
    collection: 'seq' as const,
    nodeClass: YAMLSeq,
    resolve: (seq: YAMLSeq) => seq,
  },
];

export function parseYaml(source: string): unknown {
  return parse(source, { merge: true, customTags: gitlabTags, uniqueKeys: true });
}

export function readYaml(relativePath: string): unknown {
  return parseYaml(readText(relativePath));
}

/** Every document of a multi-document stream (helm template's output), empty ones dropped. */
export function parseYamlDocuments(source: string): unknown[] {
  return parseAllDocuments(source)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(document.errors.map(String).join('\n'));
      return document.toJS() as unknown;
    })
    .filter((value) => value !== null && value !== undefined);
}

/** KEY=value lines of a compose env file; `#` comments and blank lines skipped, quotes removed. */
export function parseEnvFile(source: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(trimmed);
    if (match === null) throw new Error(`not a KEY=value line: ${trimmed}`);
    const [, key = '', raw = ''] = match;
    const quoted = /^'(.*)'$/.exec(raw) ?? /^"(.*)"$/.exec(raw);
    variables[key] = quoted?.[1] ?? raw;
  }
  return variables;
}
