import type { CustomerCacheEntry } from '@automation-engine/contracts/customer-cache';
import type { DefaultContact } from '../model.js';

/**
 * Default contacts by client id (spec §3.2): `"*"` gives its contacts to every cached client of
 * the host; otherwise the configured client ids have theirs.
 */
export function defaultContactsByClient(
  cache: readonly CustomerCacheEntry[],
  configured: Readonly<Record<string, readonly DefaultContact[]>>,
  host: string,
): Map<number, readonly DefaultContact[]> {
  const byClient = new Map<number, readonly DefaultContact[]>();
  const everyone = configured['*'];
  if (everyone !== undefined) {
    for (const edge of cache) {
      const clientId = edge.bruin_client_info.client_id;
      if (edge.edge.host === host && clientId !== null) byClient.set(clientId, everyone);
    }
    return byClient;
  }
  for (const [clientId, contacts] of Object.entries(configured)) {
    const id = Number(clientId);
    if (Number.isInteger(id)) byClient.set(id, contacts);
  }
  return byClient;
}

/** Only edges whose client has default contacts are monitored. */
export function monitoredEdges(
  cache: readonly CustomerCacheEntry[],
  contactsByClient: ReadonlyMap<number, readonly DefaultContact[]>,
): CustomerCacheEntry[] {
  return cache.filter((edge) => {
    const clientId = edge.bruin_client_info.client_id;
    return clientId !== null && contactsByClient.has(clientId);
  });
}
