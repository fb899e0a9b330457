import { describe, expect, it } from 'vitest';
import {
  FIXED_SCOPES,
  knownScopes,
  lintCommitMessage,
  MAX_BODY_LINE_LENGTH,
  MAX_HEADER_LENGTH,
  type CommitProblemCode,
} from '@automation-engine/ci-utils';

const scopes = knownScopes({
  services: ['bruin-bridge', 'service-outage-monitor'],
  libs: ['messaging', 'config'],
});

describe('lintCommitMessage - accepted', () => {
  it.each([
    'feat(bruin-bridge): post ticket notes',
    'fix(messaging): reconnect after a NATS restart',
    'perf(messaging)!: drop the JSON codec',
    'refactor(config,messaging): share the env helpers',
    'test(service-outage-monitor): cover HA standby',
    'docs(docs): explain the claim-check',
    'build(deps): bump zod',
    'ci(ci): run the acceptance tests nightly',
    'chore(repo): ignore cdk.out',
    'revert(bruin-bridge): undo the retry change',
    'feat(infra-as-code): per-environment Redis\n\nWith a body after a blank line.\n\nBREAKING CHANGE: new names',
    `feat(helm): ${'x'.repeat(38)}`,
    `fix(helm): wrap the body\n\n${'word '.repeat(14)}xx`,
    'docs(docs): cite the source\n\nSee:\nhttps://example.com/a/very/long/path/that/is/one/word/and/cannot/wrap/at/all/x',
  ])('%s', (message) => {
    expect(lintCommitMessage(message, scopes)).toMatchObject({ valid: true, problems: [] });
  });

  it('knows every fixed scope', () => {
    for (const scope of FIXED_SCOPES)
      expect(lintCommitMessage(`chore(${scope}): x`, scopes).valid).toBe(true);
  });
});

describe('lintCommitMessage - rejected, with the reason', () => {
  it.each<[string, string, CommitProblemCode]>([
    ['an empty message', '  \n\n', 'empty'],
    ['a header without type', 'update the bridge', 'header-format'],
    ['no space after the colon', 'feat(bruin-bridge):post notes', 'header-format'],
    ['two spaces after the colon', 'feat(bruin-bridge):  post notes', 'header-format'],
    ['an unknown type', 'feature(bruin-bridge): post notes', 'unknown-type'],
    ['an upper-case type', 'Feat(bruin-bridge): post notes', 'unknown-type'],
    ['no scope', 'feat: post notes', 'missing-scope'],
    ['an empty scope', 'feat(): post notes', 'missing-scope'],
    ['an unknown scope', 'feat(billing): post notes', 'unknown-scope'],
    ['one unknown scope among known ones', 'feat(messaging,billing): x', 'unknown-scope'],
    ['an upper-case scope', 'feat(Messaging): x', 'unknown-scope'],
    ['an empty subject', 'feat(messaging): ', 'empty-subject'],
    ['a subject ending with a period', 'fix(messaging): reconnect.', 'subject-ends-with-period'],
    ['a header over 50 characters', `feat(helm): ${'x'.repeat(39)}`, 'header-too-long'],
    [
      'the original suite length of 100 characters',
      `feat(helm): ${'x'.repeat(88)}`,
      'header-too-long',
    ],
    [
      'a body line over 72 characters',
      `fix(helm): wrap the body\n\n${'word '.repeat(14)}xxx`,
      'body-line-too-long',
    ],
    [
      'a body glued to the header',
      'fix(messaging): reconnect\nbecause it dropped',
      'body-not-separated',
    ],
    ['a fixup commit', 'fixup! fix(messaging): reconnect', 'fixup-commit'],
    ['a git merge message', "Merge branch 'dev/feature/x' into master", 'header-format'],
  ])('%s', (_case, message, code) => {
    const result = lintCommitMessage(message, scopes);
    expect(result.valid).toBe(false);
    expect(result.problems.map((problem) => problem.code)).toContain(code);
  });

  it('holds the header to 50 and body lines to 72 characters', () => {
    expect(MAX_HEADER_LENGTH).toBe(50);
    expect(MAX_BODY_LINE_LENGTH).toBe(72);
    const [problem] = lintCommitMessage(`fix(helm): ok\n\n${'ab '.repeat(30)}`, scopes).problems;
    expect(problem).toMatchObject({ code: 'body-line-too-long' });
    expect(problem?.message).toMatch(/line 3 of the message is 89 characters/);
  });

  it('names the unknown scopes in its reason', () => {
    const [problem] = lintCommitMessage('feat(messaging,billing,tax): x', scopes).problems;
    expect(problem?.message).toMatch(/"billing", "tax"/);
  });

  it('reports every problem of a header at once', () => {
    const codes = lintCommitMessage('feature(billing): done.', scopes).problems.map((p) => p.code);
    expect(codes).toEqual(['unknown-type', 'unknown-scope', 'subject-ends-with-period']);
  });
});
