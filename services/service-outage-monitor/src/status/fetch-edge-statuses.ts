import {
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestNetworkEnterpriseEdges,
} from '@automation-engine/contracts/velocloud';
import type { EdgeStatus, OutageDeps } from '../model.js';
import { buildEdgeStatuses } from './build-edge-statuses.js';

/**
 * The statuses of every edge of a host (§2.2), with HA state and standby copies. Null when
 * VeloCloud's link statuses or HA states could not be read: the host is skipped this time (the
 * failure was reported by the bridge caller).
 */
export async function fetchEdgeStatuses(
  deps: OutageDeps,
  host: string,
): Promise<EdgeStatus[] | null> {
  const [links, edges] = await Promise.all([
    deps.bridges.call(
      velocloudGetLinksWithEdgeInfo,
      { host },
      { what: `getting links with edge info from VeloCloud host ${host}` },
    ),
    deps.bridges.call(
      velocloudRequestNetworkEnterpriseEdges,
      { host, enterprise_ids: [] },
      { what: `getting network enterprise edges (HA) from VeloCloud host ${host}` },
    ),
  ]);
  if (!links.ok || !edges.ok) {
    deps.logger.warn(
      { host, links_status: links.status, edges_status: edges.status },
      `Skipping VeloCloud host ${host}: edge statuses could not be read`,
    );
    return null;
  }
  const build = buildEdgeStatuses(links.body, edges.body);
  if (build.droppedWithoutHaRecord.length > 0) {
    deps.logger.warn(
      {
        host,
        serials: build.droppedWithoutHaRecord.slice(0, 50),
        count: build.droppedWithoutHaRecord.length,
      },
      `${String(build.droppedWithoutHaRecord.length)} edges of ${host} have no HA record and are not monitored`,
    );
  }
  return build.statuses;
}
