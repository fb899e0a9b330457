/**
 * Metric names on both sides: those a PromQL expression reads, and those the code registers
 * (`name: '...'` in the files that build prom-client metrics, plus prom-client's default metrics,
 * which libs/observability collects on every registry).
 */
import { createRequire } from 'node:module';
import { readText, repoPath, sourceFiles } from './delivery-repo.js';

// Operators, modifiers and literals that look like identifiers.
const KEYWORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
  'atan2',
  'inf',
  'nan',
]);

/**
 * The metric names an expression selects. Grafana's `label_values(<selector>, <label>)` is read as
 * its selector; `$variables` and `$__range`-style macros are ignored.
 */
export function metricNamesIn(expression: string): string[] {
  const labelValues = /^\s*label_values\((.*),\s*[A-Za-z_][A-Za-z0-9_]*\s*\)\s*$/s.exec(expression);
  const source = labelValues?.[1] ?? expression;
  const stripped = source
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ') // strings
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // ranges and subqueries
    .replace(/\$\{?\w+\}?/g, ' ') // Grafana variables
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // label lists
    .replace(/(?<![\w:])\d+(?:\.\d+)?(?:e[+-]?\d+)?(?:ms|s|m|h|d|w|y)?(?![\w:])/gi, ' '); // numbers, durations
  const names = new Set<string>();
  for (const match of stripped.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*(?=\s*(\(?))/g)) {
    const [name, call] = match;
    if (call === '(' || KEYWORDS.has(name.toLowerCase())) continue; // a function or aggregation
    names.add(name);
  }
  return [...names].sort();
}

const BUILDS_METRICS =
  /\b(counter|gauge|histogram|summary)\s*(<[^>]*>)?\s*\(|\bnew\s+(Counter|Gauge|Histogram|Summary)\b/;

/** Metric name → the files that register it, from the sources under the given folders. */
export function registeredMetrics(folders: readonly string[]): Map<string, string[]> {
  const registered = new Map<string, string[]>();
  const add = (name: string, file: string): void => {
    registered.set(name, [...(registered.get(name) ?? []), file]);
  };
  for (const file of folders.flatMap((folder) => sourceFiles(folder))) {
    const source = readText(file);
    if (!BUILDS_METRICS.test(source)) continue;
    for (const [, literal] of source.matchAll(/\bname:\s*['"`]([A-Za-z_:][A-Za-z0-9_:]*)['"`]/g))
      if (literal !== undefined) add(literal, file);
    // `name: SOME_CONSTANT`, with `const SOME_CONSTANT = 'metric_name'` in the same file.
    for (const [, constant] of source.matchAll(/\bname:\s*([A-Z][A-Z0-9_]*)\b/g)) {
      const value = new RegExp(
        `\\b${constant ?? ''}\\s*=\\s*['"\`]([A-Za-z_:][A-Za-z0-9_:]*)['"\`]`,
      ).exec(source);
      if (value?.[1] !== undefined) add(value[1], file);
    }
  }
  return registered;
}

interface PromClient {
  Registry: new () => { getMetricsAsJSON(): Promise<{ name: string; type: string }[]> };
  collectDefaultMetrics(options: { register: unknown }): void;
}

/** What prom-client's collectDefaultMetrics registers, histogram series included. */
export async function defaultMetricNames(): Promise<string[]> {
  const require = createRequire(repoPath('libs', 'observability', 'package.json'));
  const promClient = require('prom-client') as PromClient;
  const registry = new promClient.Registry();
  promClient.collectDefaultMetrics({ register: registry });
  const metrics = await registry.getMetricsAsJSON();
  return metrics.flatMap(({ name, type }) =>
    type === 'histogram' ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
  );
}

/** A series name as exposed by a registered metric: itself, or a histogram's/summary's series. */
export function baseNameOf(series: string): string[] {
  const match = /^(.*)_(bucket|sum|count)$/.exec(series);
  return match?.[1] === undefined ? [series] : [series, match[1]];
}
