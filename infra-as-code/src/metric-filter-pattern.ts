import type { LogMatch } from './alarm-definitions.js';

function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * A CloudWatch Logs JSON filter pattern over the engine's pino lines (`environment`, `service`,
 * `level`, `msg`; fluent-bit must merge the JSON into the record): lines of one environment and
 * service that are errors (`error` or `fatal`) or whose message matches.
 */
export function metricFilterPattern(options: { environment: string; match: LogMatch }): string {
  const { environment, match } = options;
  const terms = [`$.environment = ${quote(environment)}`, `$.service = ${quote(match.service)}`];
  terms.push(
    'level' in match
      ? '($.level = "error" || $.level = "fatal")'
      : `$.msg = ${quote(match.message)}`,
  );
  return `{ ${terms.join(' && ')} }`;
}
