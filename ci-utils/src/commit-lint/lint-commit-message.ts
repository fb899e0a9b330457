import { COMMIT_TYPES, isCommitType } from './commit-types.js';

/** The original's "lines ≤ 50 characters", applied to the header (spec/operations.md §2.3). */
export const MAX_HEADER_LENGTH = 50;
/** Body lines wrap at 72; a line that is one word (a URL, a path) may be longer. */
export const MAX_BODY_LINE_LENGTH = 72;

/** Each way a commit message can be wrong. */
export const COMMIT_PROBLEM_CODES = {
  empty: 'empty',
  fixup: 'fixup-commit',
  headerFormat: 'header-format',
  headerTooLong: 'header-too-long',
  unknownType: 'unknown-type',
  missingScope: 'missing-scope',
  unknownScope: 'unknown-scope',
  emptySubject: 'empty-subject',
  subjectEndsWithPeriod: 'subject-ends-with-period',
  bodyNotSeparated: 'body-not-separated',
  bodyLineTooLong: 'body-line-too-long',
} as const;
export type CommitProblemCode = (typeof COMMIT_PROBLEM_CODES)[keyof typeof COMMIT_PROBLEM_CODES];

export interface CommitProblem {
  code: CommitProblemCode;
  message: string;
}

export interface CommitLintResult {
  valid: boolean;
  header: string;
  problems: CommitProblem[];
}

const HEADER = /^(?<type>[^():!\s]+)(?:\((?<scope>[^()]*)\))?(?<breaking>!)?:(?<rest>.*)$/;
const SCOPE_NAME = /^[a-z0-9][a-z0-9-]*$/;
const FIXUP = /^(fixup|squash|amend)! /;

function problem(code: CommitProblemCode, message: string): CommitProblem {
  return { code, message };
}

function scopeProblems(scope: string | undefined, scopes: ReadonlySet<string>): CommitProblem[] {
  if (scope === undefined || scope.trim() === '') {
    return [
      problem(COMMIT_PROBLEM_CODES.missingScope, 'a scope is required: <type>(<scope>): <subject>'),
    ];
  }
  const unknown = scope
    .split(',')
    .map((name) => name.trim())
    .filter((name) => !SCOPE_NAME.test(name) || !scopes.has(name));
  if (unknown.length === 0) return [];
  return [
    problem(
      COMMIT_PROBLEM_CODES.unknownScope,
      `unknown scope ${unknown.map((name) => `"${name}"`).join(', ')}: use a folder of services/ or libs/, or one of simulators, acceptance-tests, ci-utils, infra-as-code, helm, metrics-dashboard, deps, ci, docs, repo`,
    ),
  ];
}

/** `rest` is what follows the colon: one space, then the subject. */
function subjectProblems(rest: string): CommitProblem[] {
  if (rest.trim() === '') {
    return [problem(COMMIT_PROBLEM_CODES.emptySubject, 'the subject is empty')];
  }
  if (!rest.startsWith(' ') || /^\s/.test(rest.slice(1))) {
    return [problem(COMMIT_PROBLEM_CODES.headerFormat, 'exactly one space after the colon')];
  }
  if (rest.trimEnd().endsWith('.')) {
    return [
      problem(COMMIT_PROBLEM_CODES.subjectEndsWithPeriod, 'the subject must not end with "."'),
    ];
  }
  return [];
}

function headerProblems(header: string, scopes: ReadonlySet<string>): CommitProblem[] {
  if (FIXUP.test(header)) {
    return [
      problem(COMMIT_PROBLEM_CODES.fixup, 'fixup/squash commits must be squashed before merging'),
    ];
  }
  const match = HEADER.exec(header);
  if (match?.groups === undefined) {
    return [
      problem(
        COMMIT_PROBLEM_CODES.headerFormat,
        'the header must read <type>(<scope>)[!]: <subject>, with one space after the colon',
      ),
    ];
  }
  const { type = '', scope, rest = '' } = match.groups;
  const problems: CommitProblem[] = [];
  if (!isCommitType(type)) {
    problems.push(
      problem(
        COMMIT_PROBLEM_CODES.unknownType,
        `unknown type "${type}": use one of ${COMMIT_TYPES.join(', ')}`,
      ),
    );
  }
  problems.push(...scopeProblems(scope, scopes));
  problems.push(...subjectProblems(rest));
  return problems;
}

/**
 * Checks one commit message against the repository's convention: a Conventional Commits header
 * `<type>(<scope>[,<scope>…])[!]: <subject>` of at most 50 characters whose scopes are all known,
 * a subject not ending with ".", a blank line between the header and any body, and body lines of
 * at most 72 characters.
 */
export function lintCommitMessage(message: string, scopes: ReadonlySet<string>): CommitLintResult {
  const lines = message.replace(/\r\n/g, '\n').replace(/\s+$/, '').split('\n');
  const header = lines[0] ?? '';
  if (header.trim() === '') {
    return {
      valid: false,
      header,
      problems: [problem(COMMIT_PROBLEM_CODES.empty, 'the message is empty')],
    };
  }
  const problems: CommitProblem[] = [];
  if (header.length > MAX_HEADER_LENGTH) {
    problems.push(
      problem(
        COMMIT_PROBLEM_CODES.headerTooLong,
        `the header is ${header.length} characters; at most ${MAX_HEADER_LENGTH}`,
      ),
    );
  }
  problems.push(...headerProblems(header, scopes));
  if (lines.length > 1 && (lines[1] ?? '').trim() !== '') {
    problems.push(
      problem(
        COMMIT_PROBLEM_CODES.bodyNotSeparated,
        'leave a blank line between the header and the body',
      ),
    );
  }
  problems.push(...bodyLineProblems(lines.slice(1)));
  return { valid: problems.length === 0, header, problems };
}

function bodyLineProblems(body: readonly string[]): CommitProblem[] {
  return body.flatMap((line, index) =>
    line.length > MAX_BODY_LINE_LENGTH && /\s/.test(line.trim())
      ? [
          problem(
            COMMIT_PROBLEM_CODES.bodyLineTooLong,
            `line ${index + 2} of the message is ${line.length} characters; a body line has at most ${MAX_BODY_LINE_LENGTH}`,
          ),
        ]
      : [],
  );
}
