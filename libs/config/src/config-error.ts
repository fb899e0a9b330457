/** One variable that failed validation. `received` is left out for missing or secret-looking variables. */
export interface ConfigProblem {
  variable: string;
  message: string;
  received?: string;
}

function describe(problem: ConfigProblem): string {
  const received =
    problem.received === undefined ? '' : ` (received ${JSON.stringify(problem.received)})`;
  return `  - ${problem.variable}: ${problem.message}${received}`;
}

/** The environment does not satisfy the service's schema; `problems` lists every bad variable at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[], options?: { cause?: unknown }) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super([`Invalid configuration (${count}):`, ...problems.map(describe)].join('\n'), options);
    this.problems = problems;
  }
}
