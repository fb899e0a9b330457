import { CiUtilsError, CI_UTILS_ERROR_CODES } from '../errors.js';
import { diffPapertrail } from './diff-papertrail.js';
import type { PapertrailClient } from './papertrail-client.js';
import type { CurrentState, PapertrailChange, PapertrailPlan } from './papertrail-types.js';

/** Reads the groups and saved searches the account holds now. */
export async function readPapertrailState(client: PapertrailClient): Promise<CurrentState> {
  const [groups, searches] = await Promise.all([client.listGroups(), client.listSearches()]);
  return { groups, searches };
}

export interface ApplyPapertrailOptions {
  plan: PapertrailPlan;
  client: PapertrailClient;
  /** Told after each change succeeds. */
  onApplied?: (change: PapertrailChange) => void;
}

/**
 * Reconciles the account with the plan: reads the current state, diffs, and runs the changes in
 * order (groups, then searches, then deletions). Stops at the first failure, which it rethrows;
 * running it again continues from wherever the account then is. Returns the changes made.
 */
export async function applyPapertrailPlan(
  options: ApplyPapertrailOptions,
): Promise<PapertrailChange[]> {
  const { plan, client } = options;
  const current = await readPapertrailState(client);
  const changes = diffPapertrail(plan, current);
  const groupIds = new Map(current.groups.map((group) => [group.name, group.id]));
  const groupId = (name: string): number => {
    const id = groupIds.get(name);
    if (id === undefined) {
      throw new CiUtilsError(
        CI_UTILS_ERROR_CODES.papertrailApi,
        `group "${name}" has no id after creation`,
      );
    }
    return id;
  };

  for (const change of changes) {
    switch (change.kind) {
      case 'create-group': {
        const created = await client.createGroup({
          name: change.name,
          systemWildcard: change.systemWildcard,
        });
        groupIds.set(change.name, created.id);
        break;
      }
      case 'update-group':
        await client.updateGroup(change.id, {
          name: change.name,
          systemWildcard: change.systemWildcard,
        });
        break;
      case 'create-search':
        await client.createSearch({
          name: change.name,
          query: change.query,
          groupId: groupId(change.groupName),
        });
        break;
      case 'update-search':
        await client.updateSearch(change.id, {
          name: change.name,
          query: change.query,
          groupId: groupId(change.groupName),
        });
        break;
      case 'delete-search':
        await client.deleteSearch(change.id);
        break;
      case 'delete-group':
        await client.deleteGroup(change.id);
        break;
    }
    options.onApplied?.(change);
  }
  return changes;
}
