/**
 * `-c key=value`, `--context key=value` and `--context=key=value` pairs from a command line, as
 * the cdk CLI takes them, so `tsx src/main.ts -c environment=automation-ab12cd34` works without
 * it. Other arguments are ignored.
 */
export function contextFromArgv(argv: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  const add = (pair: string | undefined): void => {
    const separator = pair?.indexOf('=') ?? -1;
    if (pair === undefined || separator <= 0) return;
    context[pair.slice(0, separator)] = pair.slice(separator + 1);
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '-c' || arg === '--context') {
      index += 1;
      add(argv[index]);
    } else if (arg.startsWith('--context=')) {
      add(arg.slice('--context='.length));
    }
  }
  return context;
}
