export {
  edgeIdentifier,
  linkWithEdgeInfo,
  vcoEdgeObject,
  vcoEventRecord,
  vcoHost,
  vcoIntervalInput,
  vcoTimeBoundInput,
  type EdgeIdentifier,
  type LinkWithEdgeInfo,
  type VcoEdgeObject,
  type VcoEventRecord,
} from './velocloud-schemas.js';
export { velocloudGetLinksWithEdgeInfo } from './velocloud-get-links-with-edge-info.js';
export {
  linkMetricInfo,
  velocloudGetLinksMetricInfo,
  type LinkMetricInfo,
} from './velocloud-get-links-metric-info.js';
export { velocloudRequestEnterprisesEdges } from './velocloud-request-enterprises-edges.js';
export {
  linkConfiguration,
  velocloudRequestLinksConfiguration,
  type LinkConfiguration,
} from './velocloud-request-links-configuration.js';
export { velocloudRequestEdgeLinksSeries } from './velocloud-request-edge-links-series.js';
export {
  eventFilters,
  velocloudAlertRequestEventEdge,
} from './velocloud-alert-request-event-edge.js';
export { velocloudAlertRequestEventEnterprise } from './velocloud-alert-request-event-enterprise.js';
export {
  enterprisesNamesPartialAnswer,
  hostFailure,
  velocloudRequestEnterprisesNames,
  type EnterprisesNamesPartialAnswer,
  type HostFailure,
} from './velocloud-request-enterprises-names.js';
export { velocloudRequestNetworkEnterpriseEdges } from './velocloud-request-network-enterprise-edges.js';
export {
  networkGateway,
  velocloudRequestNetworkGatewayList,
  type NetworkGateway,
} from './velocloud-request-network-gateway-list.js';
export { velocloudRequestGatewayStatusMetrics } from './velocloud-request-gateway-status-metrics.js';
