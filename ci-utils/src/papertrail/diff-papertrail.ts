import { managedGroupPrefix } from './plan-papertrail.js';
import type {
  CurrentSearch,
  CurrentState,
  PapertrailChange,
  PapertrailPlan,
} from './papertrail-types.js';

type ChangeKind = PapertrailChange['kind'];

/** Groups first (searches need their ids), writes before deletes. */
const ORDER: readonly ChangeKind[] = [
  'create-group',
  'update-group',
  'create-search',
  'update-search',
  'delete-search',
  'delete-group',
];

function searchesByGroup(current: CurrentState): Map<number, CurrentSearch[]> {
  const byGroup = new Map<number, CurrentSearch[]>();
  for (const search of current.searches) {
    if (search.groupId === null) continue;
    byGroup.set(search.groupId, [...(byGroup.get(search.groupId) ?? []), search]);
  }
  return byGroup;
}

/**
 * The changes that take the account from `current` to `plan`. A group is matched by name and a
 * search by (group, name). Groups whose name starts with `[<environment>] - ` belong to the plan:
 * any of their searches the plan does not name is deleted, and such a group the plan does not name
 * (an old branch name, say) is deleted with its searches. Nothing else is touched. Pure.
 */
export function diffPapertrail(plan: PapertrailPlan, current: CurrentState): PapertrailChange[] {
  const changes: PapertrailChange[] = [];
  const currentSearches = searchesByGroup(current);
  const desiredNames = new Set(plan.groups.map((group) => group.name));

  for (const desired of plan.groups) {
    const existing = current.groups.find((group) => group.name === desired.name);
    if (existing === undefined) {
      changes.push({
        kind: 'create-group',
        name: desired.name,
        systemWildcard: desired.systemWildcard,
      });
    } else if (existing.systemWildcard !== desired.systemWildcard) {
      changes.push({
        kind: 'update-group',
        id: existing.id,
        name: desired.name,
        systemWildcard: desired.systemWildcard,
      });
    }
    const present = existing === undefined ? [] : (currentSearches.get(existing.id) ?? []);
    for (const search of desired.searches) {
      const [first, ...duplicates] = present.filter((candidate) => candidate.name === search.name);
      if (first === undefined) {
        changes.push({
          kind: 'create-search',
          groupName: desired.name,
          name: search.name,
          query: search.query,
        });
      } else if (first.query !== search.query) {
        changes.push({
          kind: 'update-search',
          id: first.id,
          groupName: desired.name,
          name: search.name,
          query: search.query,
          previousQuery: first.query,
        });
      }
      for (const duplicate of duplicates) {
        changes.push({
          kind: 'delete-search',
          id: duplicate.id,
          groupName: desired.name,
          name: duplicate.name,
        });
      }
    }
    const wanted = new Set(desired.searches.map((search) => search.name));
    for (const stale of present.filter((search) => !wanted.has(search.name))) {
      changes.push({
        kind: 'delete-search',
        id: stale.id,
        groupName: desired.name,
        name: stale.name,
      });
    }
  }

  const prefix = managedGroupPrefix(plan.environmentName);
  for (const stale of current.groups.filter(
    (group) => group.name.startsWith(prefix) && !desiredNames.has(group.name),
  )) {
    for (const search of currentSearches.get(stale.id) ?? []) {
      changes.push({
        kind: 'delete-search',
        id: search.id,
        groupName: stale.name,
        name: search.name,
      });
    }
    changes.push({ kind: 'delete-group', id: stale.id, name: stale.name });
  }

  return changes
    .map((change, index) => ({ change, index }))
    .sort(
      (a, b) => ORDER.indexOf(a.change.kind) - ORDER.indexOf(b.change.kind) || a.index - b.index,
    )
    .map(({ change }) => change);
}
