/**
 * `pnpm bench`: runs every `<package>/bench/*.bench.ts` in its own process, one after the other,
 * and passes their JSON lines through to stdout. `pnpm bench bus-rpc` runs the ones whose file
 * name contains an argument. Exits non-zero if any benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);

function benchFiles(): string[] {
  const packages = ['libs', 'services']
    .flatMap((group) =>
      existsSync(join(root, group))
        ? readdirSync(join(root, group)).map((name) => join(root, group, name))
        : [],
    )
    .concat([join(root, 'simulators'), join(root, 'acceptance-tests')]);
  return packages
    .map((dir) => join(dir, 'bench'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.bench.ts'))
        .map((file) => join(dir, file)),
    )
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
}

const files = benchFiles();
if (files.length === 0) {
  process.stderr.write(`no benchmark matches ${filters.join(' ')}\n`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  process.stderr.write(`bench: ${relative(root, file)}\n`);
  const run = spawnSync(
    process.execPath,
    // --expose-gc: a bench may collect garbage between samples, so none pays for another's.
    ['--expose-gc', '--conditions=source', '--import', 'tsx', file],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    },
  );
  if (run.status !== 0) {
    failed += 1;
    process.stderr.write(`bench failed: ${relative(root, file)} (exit ${String(run.status)})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
