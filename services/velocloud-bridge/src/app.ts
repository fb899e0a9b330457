import {
  velocloudAlertRequestEventEdge,
  velocloudAlertRequestEventEnterprise,
  velocloudGetLinksMetricInfo,
  velocloudGetLinksWithEdgeInfo,
  velocloudRequestEdgeLinksSeries,
  velocloudRequestEnterprisesEdges,
  velocloudRequestEnterprisesNames,
  velocloudRequestGatewayStatusMetrics,
  velocloudRequestLinksConfiguration,
  velocloudRequestNetworkEnterpriseEdges,
  velocloudRequestNetworkGatewayList,
} from '@automation-engine/contracts/velocloud';
import type { ServiceKit, serviceEnvSchema } from '@automation-engine/service-kit';
import type { z } from 'zod';
import type { serviceEnv } from './config.js';
import { getEdgeEvents } from './handlers/get-edge-events.js';
import { getEdgeLinksSeries } from './handlers/get-edge-links-series.js';
import { getEnterpriseEdges } from './handlers/get-enterprise-edges.js';
import { getEnterpriseEvents } from './handlers/get-enterprise-events.js';
import { getEnterpriseNames } from './handlers/get-enterprise-names.js';
import { getGatewayStatusMetrics } from './handlers/get-gateway-status-metrics.js';
import { getLinksConfiguration } from './handlers/get-links-configuration.js';
import { getLinksMetricInfo } from './handlers/get-links-metric-info.js';
import { getLinksWithEdgeInfo } from './handlers/get-links-with-edge-info.js';
import { getNetworkEnterpriseEdges } from './handlers/get-network-enterprise-edges.js';
import { getNetworkGateways } from './handlers/get-network-gateways.js';
import { VcoHosts } from './velocloud-client/vco-hosts.js';
import type { VelocloudDeps } from './velocloud-deps.js';

/** The original's queue group: replicas of the bridge share the subjects. */
export const QUEUE = 'velocloud_bridge';

type OwnConfig = z.output<ReturnType<typeof serviceEnvSchema<typeof serviceEnv>>>;

/** Wires velocloud-bridge onto the kit: one VCO client per host, one handler per subject. */
export function wireVelocloudBridge(kit: ServiceKit<OwnConfig>): VelocloudDeps {
  const { config, logger, registry, bus } = kit;
  const hosts = new VcoHosts({
    credentials: config.VELOCLOUD_CREDENTIALS,
    baseUrls: config.VELOCLOUD_BASE_URLS,
    logger,
    registry,
    timeoutMs: config.VELOCLOUD_TIMEOUT_SECONDS * 1_000,
    retries: config.VELOCLOUD_HTTP_RETRIES,
    sessionTtlMs: config.VELOCLOUD_SESSION_TTL_SECONDS * 1_000,
  });
  const deps: VelocloudDeps = { hosts };
  const queue = { queue: QUEUE };
  bus.serve(velocloudGetLinksWithEdgeInfo, getLinksWithEdgeInfo(deps), queue);
  bus.serve(velocloudGetLinksMetricInfo, getLinksMetricInfo(deps), queue);
  bus.serve(velocloudRequestEnterprisesEdges, getEnterpriseEdges(deps), queue);
  bus.serve(velocloudRequestLinksConfiguration, getLinksConfiguration(deps), queue);
  bus.serve(velocloudRequestEdgeLinksSeries, getEdgeLinksSeries(deps), queue);
  bus.serve(velocloudAlertRequestEventEdge, getEdgeEvents(deps), queue);
  bus.serve(velocloudAlertRequestEventEnterprise, getEnterpriseEvents(deps), queue);
  bus.serve(velocloudRequestEnterprisesNames, getEnterpriseNames(deps), queue);
  bus.serve(velocloudRequestNetworkEnterpriseEdges, getNetworkEnterpriseEdges(deps), queue);
  bus.serve(velocloudRequestNetworkGatewayList, getNetworkGateways(deps), queue);
  bus.serve(velocloudRequestGatewayStatusMetrics, getGatewayStatusMetrics(deps), queue);
  logger.info({ vco_hosts: hosts.names }, 'serving VeloCloud hosts');
  return deps;
}
