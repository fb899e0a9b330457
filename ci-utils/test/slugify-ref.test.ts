import { describe, expect, it } from 'vitest';
import { slugifyRef } from '@automation-engine/ci-utils';

describe('slugifyRef', () => {
  it.each([
    ['master', 'master'],
    ['dev/feature/New-Thing', 'dev-feature-new-thing'],
    ['dev/fix/JIRA-42_login', 'dev-fix-jira-42-login'],
    ['-leading/and/trailing-', 'leading-and-trailing'],
    ['dev/feature//double', 'dev-feature--double'],
    ['dev/feature/çedilla', 'dev-feature--edilla'],
  ])('slugs %s as GitLab does: %s', (ref, slug) => {
    expect(slugifyRef(ref)).toBe(slug);
  });

  it('cuts to 63 characters before trimming dashes', () => {
    const ref = `dev/feature/${'a'.repeat(50)}/tail`;
    const slug = slugifyRef(ref);
    expect(slug).toHaveLength(62);
    expect(slug.endsWith('-')).toBe(false);
  });
});
