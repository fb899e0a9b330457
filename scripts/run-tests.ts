/**
 * `./engine test`: every test with coverage, then the coverage gate (each package with a `src/`
 * must reach MIN_LINE_COVERAGE % of lines, the original's gate), then the plain count
 * `N passed, N failed` as the last line, read from vitest's JSON report. Exits non-zero when a
 * test fails, when no test ran, or when a package is under the gate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const MIN_LINE_COVERAGE = 80;
const root = join(import.meta.dirname, '..');
const reports = join(root, 'reports');
const resultsFile = join(reports, 'vitest-results.json');
mkdirSync(reports, { recursive: true });

const vitest = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
}
interface CoverageSummary {
  [file: string]: { lines: { total: number; covered: number } };
}

function packageOf(file: string): string | undefined {
  const parts = relative(root, file).split(sep);
  if ((parts[0] === 'libs' || parts[0] === 'services') && parts[2] === 'src')
    return `${parts[0]}/${parts[1]}`;
  if (parts[0] === 'simulators' && parts[1] === 'src') return 'simulators';
  return undefined;
}

function coverageGate(): boolean {
  const summaryFile = join(root, 'coverage', 'coverage-summary.json');
  if (!existsSync(summaryFile)) {
    process.stdout.write('coverage: no coverage-summary.json was written\n');
    return false;
  }
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as CoverageSummary;
  const byPackage = new Map<string, { total: number; covered: number }>();
  for (const [file, figures] of Object.entries(summary)) {
    const name = packageOf(file);
    if (name === undefined) continue;
    const sum = byPackage.get(name) ?? { total: 0, covered: 0 };
    sum.total += figures.lines.total;
    sum.covered += figures.lines.covered;
    byPackage.set(name, sum);
  }
  let ok = true;
  process.stdout.write(`\nline coverage by package (gate ${String(MIN_LINE_COVERAGE)} %):\n`);
  for (const [name, { total, covered }] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
    const percent = total === 0 ? 100 : (100 * covered) / total;
    const pass = percent >= MIN_LINE_COVERAGE;
    ok &&= pass;
    process.stdout.write(
      `  ${pass ? 'ok  ' : 'FAIL'} ${name.padEnd(32)} ${percent.toFixed(1).padStart(5)} %  (${String(covered)}/${String(total)} lines)\n`,
    );
  }
  return ok;
}

if (!existsSync(resultsFile)) {
  process.stdout.write('vitest wrote no JSON report\n0 passed, 0 failed\n');
  process.exit(1);
}
const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as VitestJson;
const coverageOk = coverageGate();
const failed = results.numFailedTests;
const passed = results.numPassedTests;
const ranNone = results.numTotalTests === 0;
if (ranNone) process.stdout.write('no test ran\n');
if (!coverageOk) process.stdout.write('coverage gate failed\n');
process.stdout.write(`${String(passed)} passed, ${String(failed)} failed\n`);
process.exit(vitest.status === 0 && failed === 0 && !ranNone && coverageOk ? 0 : 1);
