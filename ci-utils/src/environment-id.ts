import { createHash } from 'node:crypto';

/** An ephemeral environment's id: 8 lower-case hex digits. */
export const ENVIRONMENT_ID_PATTERN = /^[0-9a-f]{8}$/;

/**
 * The id of an ephemeral environment: the first 8 hex digits of the SHA-256 of the ref slug
 * (`CI_COMMIT_REF_SLUG`, not the raw branch name), hashed without a trailing newline.
 */
export function environmentIdOf(refSlug: string): string {
  return createHash('sha256').update(refSlug, 'utf8').digest('hex').slice(0, 8);
}
