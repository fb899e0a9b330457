/** The three groups each environment gets. */
export const GROUP_PURPOSES = ['logs', 'notifications', 'alarms'] as const;
export type GroupPurpose = (typeof GROUP_PURPOSES)[number];

export interface DesiredSearch {
  name: string;
  query: string;
}

export interface DesiredGroup {
  name: string;
  purpose: GroupPurpose;
  /** Which senders the group holds; `*` for all. */
  systemWildcard: string;
  searches: DesiredSearch[];
}

/** The desired Papertrail state for one environment, plus what was left out and why. */
export interface PapertrailPlan {
  environmentName: string;
  branch: string;
  groups: DesiredGroup[];
  skipped: { search: string; reason: string }[];
}

export interface CurrentGroup {
  id: number;
  name: string;
  systemWildcard: string | null;
}

export interface CurrentSearch {
  id: number;
  name: string;
  query: string;
  groupId: number | null;
}

/** What the Papertrail account holds now. */
export interface CurrentState {
  groups: CurrentGroup[];
  searches: CurrentSearch[];
}

/** One step from the current state toward the plan. */
export type PapertrailChange =
  | { kind: 'create-group'; name: string; systemWildcard: string }
  | { kind: 'update-group'; id: number; name: string; systemWildcard: string }
  | { kind: 'create-search'; groupName: string; name: string; query: string }
  | {
      kind: 'update-search';
      id: number;
      groupName: string;
      name: string;
      query: string;
      previousQuery: string;
    }
  | { kind: 'delete-search'; id: number; groupName: string; name: string }
  | { kind: 'delete-group'; id: number; name: string };
