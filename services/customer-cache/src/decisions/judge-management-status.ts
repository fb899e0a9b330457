import { attributeValue } from './attribute-value.js';

export const MANAGEMENT_STATUS_KEY = 'Management Status';

export interface ManagementRules {
  /** Statuses that are cached (`WHITELISTED_MANAGEMENT_STATUSES`). */
  whitelisted: readonly string[];
  /** Clients whose *Pending* edges are not cached (`BLACKLISTED_CLIENTS_WITH_PENDING_STATUS`). */
  pendingBlacklistedClients: readonly number[];
}

export type ManagementVerdict =
  | { kind: 'monitorable'; status: string }
  | {
      kind: 'invalid';
      reason: 'not-monitorable' | 'pending-blacklisted-client';
      status: string | null;
    };

/**
 * Whether the edge's `Management Status` attribute lets it be cached (spec §10.3, Bruin phase 2):
 * it must be whitelisted, and *Pending* is refused for a blacklisted client.
 */
export function judgeManagementStatus(spec: {
  attributes: readonly { key: string; value: string | null }[];
  clientId: number | null;
  rules: ManagementRules;
}): ManagementVerdict {
  const status = attributeValue(spec.attributes, MANAGEMENT_STATUS_KEY);
  if (status === null || !spec.rules.whitelisted.includes(status)) {
    return { kind: 'invalid', reason: 'not-monitorable', status };
  }
  if (
    status === 'Pending' &&
    spec.clientId !== null &&
    spec.rules.pendingBlacklistedClients.includes(spec.clientId)
  ) {
    return { kind: 'invalid', reason: 'pending-blacklisted-client', status };
  }
  return { kind: 'monitorable', status };
}
