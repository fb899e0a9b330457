/**
 * Enough of GitLab's pipeline semantics to check .gitlab-ci.yml offline: jobs with `extends`
 * merged (hashes deep-merged, everything else replaced), `!reference` tags resolved, and `rules`
 * evaluated for a branch (`$VAR`, `==`, `!=`, `=~`, `!~`, `&&`, `||`; `changes:` counts as changed).
 */
import { isRecord, type Data } from './delivery-repo.js';

const GLOBAL_KEYWORDS = new Set([
  'workflow',
  'stages',
  'variables',
  'default',
  'include',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);

export interface Pipeline {
  /** Every job (hidden templates excluded), with `extends` merged. */
  jobs: ReadonlyMap<string, Data>;
  stages: readonly string[];
  variables: Readonly<Record<string, string>>;
  /** A job or template with `extends` merged, by name (hidden ones too). */
  resolve(name: string): Data;
  /** before_script + script + after_script, `!reference`s expanded, default before_script applied. */
  scriptOf(name: string): string[];
}

function deepMerge(base: Data, override: Data): Data {
  const merged: Data = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

export function readPipeline(document: Data): Pipeline {
  const resolved = new Map<string, Data>();
  const resolve = (name: string, seen: readonly string[] = []): Data => {
    const cached = resolved.get(name);
    if (cached !== undefined) return cached;
    if (seen.includes(name)) throw new Error(`extends cycle: ${[...seen, name].join(' → ')}`);
    const own = document[name];
    if (!isRecord(own)) throw new Error(`no job or template "${name}"`);
    const parents = [own['extends'] ?? []].flat().map(String);
    let merged: Data = {};
    for (const parent of parents) merged = deepMerge(merged, resolve(parent, [...seen, name]));
    const rest = Object.fromEntries(Object.entries(own).filter(([key]) => key !== 'extends'));
    merged = deepMerge(merged, rest);
    resolved.set(name, merged);
    return merged;
  };

  const expand = (items: unknown, where: string): string[] =>
    [items ?? []].flat().flatMap((item): string[] => {
      if (typeof item === 'string') return [item];
      if (Array.isArray(item) && item.every((part) => typeof part === 'string')) {
        const [target = '', ...path] = item;
        let value: unknown = resolve(target);
        for (const key of path) value = isRecord(value) ? value[key] : undefined;
        if (value === undefined)
          throw new Error(`${where}: !reference [${item.join(', ')}] is empty`);
        return expand(value, where);
      }
      throw new Error(`${where}: a script line is not a string`);
    });

  const jobs = new Map<string, Data>();
  for (const name of Object.keys(document)) {
    if (GLOBAL_KEYWORDS.has(name) || name.startsWith('.')) continue;
    jobs.set(name, resolve(name));
  }
  const defaults = isRecord(document['default']) ? document['default'] : {};
  const variables: Record<string, string> = {};
  if (isRecord(document['variables']))
    for (const [key, value] of Object.entries(document['variables']))
      variables[key] = String(value);

  return {
    jobs,
    stages: [document['stages'] ?? []].flat().map(String),
    variables,
    resolve: (name) => resolve(name),
    scriptOf: (name) => {
      const job = resolve(name);
      return [
        ...expand(job['before_script'] ?? defaults['before_script'], `${name} before_script`),
        ...expand(job['script'], `${name} script`),
        ...expand(job['after_script'] ?? defaults['after_script'], `${name} after_script`),
      ];
    },
  };
}

// ---- rules ---------------------------------------------------------------------------------------

type Variables = Readonly<Record<string, string | undefined>>;

function operand(token: string, variables: Variables): string | undefined {
  const trimmed = token.trim();
  const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(trimmed);
  if (variable) return variables[variable[1] ?? ''];
  const quoted = /^"(.*)"$/.exec(trimmed) ?? /^'(.*)'$/.exec(trimmed);
  if (quoted) return quoted[1];
  if (trimmed === 'null') return undefined;
  throw new Error(`cannot read the operand ${trimmed}`);
}

function atom(expression: string, variables: Variables): boolean {
  const match = /^(.+?)\s*(==|!=|=~|!~)\s*(.+)$/.exec(expression.trim());
  if (match === null) {
    const value = operand(expression, variables);
    return value !== undefined && value !== '';
  }
  const [, left = '', operator, right = ''] = match;
  const value = operand(left, variables);
  if (operator === '==' || operator === '!=') {
    return (value === operand(right, variables)) === (operator === '==');
  }
  const regex = /^\/(.*)\/([a-z]*)$/.exec(right.trim());
  if (regex === null) throw new Error(`not a /regex/: ${right}`);
  const matches = value !== undefined && new RegExp(regex[1] ?? '', regex[2]).test(value);
  return matches === (operator === '=~');
}

/** A rules `if:` expression without parentheses. */
export function evaluateIf(expression: string, variables: Variables): boolean {
  if (/[()]/.test(expression.replace(/\/(?:\\.|[^/\\])*\/[a-z]*/g, '')))
    throw new Error(`parentheses are not supported here: ${expression}`);
  return expression
    .split('||')
    .some((conjunction) => conjunction.split('&&').every((part) => atom(part, variables)));
}

/** Whether the job is in a pipeline with these variables (every `changes:` taken as changed). */
export function jobRuns(job: Data, variables: Variables): boolean {
  const rules = job['rules'];
  if (!Array.isArray(rules)) return true;
  for (const rule of rules) {
    if (!isRecord(rule)) throw new Error('a rule is not a mapping');
    const condition = rule['if'];
    if (condition !== undefined && typeof condition !== 'string')
      throw new Error('a rule `if` is not a string');
    if (condition === undefined || evaluateIf(condition, variables))
      return rule['when'] !== 'never';
  }
  return false;
}
