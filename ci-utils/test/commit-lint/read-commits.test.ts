import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CiUtilsError,
  GIT_LOG_FORMAT,
  knownScopes,
  lintCommits,
  parseGitLog,
  readCommits,
} from '@automation-engine/ci-utils';

describe('parseGitLog', () => {
  it('splits records into hash and message, oldest first', () => {
    const output = `bbb\x1ffix(ci): second\n\nbody\n\x1e\naaa\x1ffeat(ci): first\n\x1e\n`;
    expect(parseGitLog(output)).toEqual([
      { sha: 'aaa', message: 'feat(ci): first\n' },
      { sha: 'bbb', message: 'fix(ci): second\n\nbody\n' },
    ]);
  });

  it('reads nothing from an empty range', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('readCommits - against a real git repository', () => {
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e.x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e.x',
      },
    });
  let files = 0;
  const commit = (message: string): void => {
    files += 1;
    writeFileSync(join(repo, `file-${files}.txt`), message);
    git('add', '.');
    git('commit', '-q', '-m', message);
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'ci-utils-git-'));
    git('init', '-q', '-b', 'master');
    commit('chore(repo): base');
    git('tag', 'base');
    git('checkout', '-q', '-b', 'dev/feature/x');
    commit('feat(ci-utils): good one');
    commit('oops, no convention');
    commit('fix(helm): multi-line\n\nwith a body');
    git('checkout', '-q', 'master');
    commit('docs(docs): on master');
    git('checkout', '-q', 'dev/feature/x');
    git('merge', '-q', '--no-ff', '-m', 'Merge branch master', 'master');
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('reads the non-merge commits of the range, oldest first, with their bodies', async () => {
    const commits = await readCommits({ from: 'base', to: 'HEAD', cwd: repo });
    const headers = commits.map((c) => c.message.split('\n')[0] ?? '');
    expect([...headers].sort()).toEqual(
      [
        'docs(docs): on master',
        'feat(ci-utils): good one',
        'fix(helm): multi-line',
        'oops, no convention',
      ].sort(),
    );
    const onBranch = headers.filter((h) => h !== 'docs(docs): on master');
    expect(onBranch).toEqual([
      'feat(ci-utils): good one',
      'oops, no convention',
      'fix(helm): multi-line',
    ]);
    const withBody = commits.find((c) => c.message.startsWith('fix(helm)'));
    expect(withBody?.message).toContain('with a body');
    expect(commits[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('flags only the commit that breaks the convention', async () => {
    const commits = await readCommits({ from: 'base', to: 'HEAD', cwd: repo });
    const verdicts = lintCommits(commits, knownScopes({ services: [], libs: [] }));
    expect(verdicts.filter((v) => !v.valid).map((v) => v.header)).toEqual(['oops, no convention']);
  });

  it('fails with GIT_FAILED on an unknown revision', async () => {
    await expect(readCommits({ from: 'nope', to: 'HEAD', cwd: repo })).rejects.toMatchObject({
      code: 'GIT_FAILED',
    });
    await expect(readCommits({ from: 'nope', to: 'HEAD', cwd: repo })).rejects.toBeInstanceOf(
      CiUtilsError,
    );
  });

  it('uses a format with unit and record separators', () => {
    expect(GIT_LOG_FORMAT).toBe('%H%x1f%B%x1e');
  });
});
