import type { BruinClientInfo } from '@automation-engine/contracts/bruin';
import type { BruinInventoryDocument } from '@automation-engine/vendor-apis';

/**
 * The client info of the active (`status == "A"`) documents for a service number, as the original
 * chose them: a document matches when its `serviceNumber` is contained in the one asked for (a
 * substring test on strings; the engine always sends a whole serial, so it is an equality in use).
 */
export function activeClientInfo(
  documents: readonly BruinInventoryDocument[],
  serviceNumber: string,
): BruinClientInfo[] {
  return documents
    .filter((doc) => doc.status === 'A' && serviceNumber.includes(doc.serviceNumber))
    .map((doc) => ({ client_id: doc.clientID, client_name: doc.clientName, site_id: doc.siteId }));
}
