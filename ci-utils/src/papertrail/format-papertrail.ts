import type { PapertrailChange, PapertrailPlan } from './papertrail-types.js';

/** The plan as text: each group with its searches and queries, then what was skipped. */
export function formatPapertrailPlan(plan: PapertrailPlan): string {
  const lines: string[] = [];
  for (const group of plan.groups) {
    lines.push(
      `group ${group.name} (systems ${group.systemWildcard}, ${group.searches.length} searches)`,
    );
    for (const search of group.searches) lines.push(`  ${search.name}: ${search.query}`);
  }
  for (const skipped of plan.skipped) lines.push(`skipped ${skipped.search}: ${skipped.reason}`);
  return `${lines.join('\n')}\n`;
}

/** One line per change, `+` create, `~` update, `-` delete. */
export function formatPapertrailChange(change: PapertrailChange): string {
  switch (change.kind) {
    case 'create-group':
      return `+ group ${change.name} (systems ${change.systemWildcard})`;
    case 'update-group':
      return `~ group ${change.name} (systems ${change.systemWildcard})`;
    case 'delete-group':
      return `- group ${change.name}`;
    case 'create-search':
      return `+ search ${change.groupName} / ${change.name}: ${change.query}`;
    case 'update-search':
      return `~ search ${change.groupName} / ${change.name}: ${change.previousQuery} -> ${change.query}`;
    case 'delete-search':
      return `- search ${change.groupName} / ${change.name}`;
  }
}
