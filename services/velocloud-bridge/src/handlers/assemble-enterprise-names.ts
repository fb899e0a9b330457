import type { EnterprisesNamesPartialAnswer } from '@automation-engine/contracts/velocloud';

/** What one host contributed to a multi-host answer. */
export type HostPart =
  | { host: string; ok: true; names: readonly string[] }
  | { host: string; ok: false; status: number; error: unknown };

export type EnterpriseNamesAnswer =
  { kind: 'complete'; names: string[] } | { kind: 'partial'; body: EnterprisesNamesPartialAnswer };

/**
 * Puts the hosts' enterprise names together in host order, keeping exact matches of `filter`
 * when it is not empty. Every host answered → complete; else partial: the names that could be
 * had plus each failed host's status and error (docs/adr/0008).
 */
export function assembleEnterpriseNames(
  parts: readonly HostPart[],
  filter: readonly string[],
): EnterpriseNamesAnswer {
  const wanted = new Set(filter);
  const names: string[] = [];
  const failed: EnterprisesNamesPartialAnswer['failed_hosts'] = [];
  for (const part of parts) {
    if (!part.ok) {
      failed.push({ host: part.host, status: part.status, error: part.error });
      continue;
    }
    for (const name of part.names) if (wanted.size === 0 || wanted.has(name)) names.push(name);
  }
  if (failed.length === 0) return { kind: 'complete', names };
  return { kind: 'partial', body: { enterprise_names: names, failed_hosts: failed } };
}
