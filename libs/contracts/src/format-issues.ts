import type { z } from 'zod';

/**
 * Turns zod issues into one readable line naming each bad field by its path, e.g.
 * `body.ticket_id: expected number, received string; body.note: required`.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], root = 'body'): string {
  return issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter((part) => part !== '').join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}
