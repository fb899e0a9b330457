/** GitLab cuts `CI_COMMIT_REF_SLUG` to this many characters. */
export const REF_SLUG_MAX_LENGTH = 63;

/**
 * A branch or tag name as GitLab's `CI_COMMIT_REF_SLUG`: lower-cased, every character other than
 * `a-z`/`0-9` replaced by `-`, cut to 63 characters, then leading and trailing `-` removed.
 * Runs of `-` are kept (`dev/feature//x` → `dev-feature--x`), as GitLab does.
 */
export function slugifyRef(ref: string): string {
  return ref
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '-')
    .slice(0, REF_SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}
