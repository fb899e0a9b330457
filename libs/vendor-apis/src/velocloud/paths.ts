/** VCO paths (all `POST`), relative to `https://{host}`. V-numbers as in spec/vendor-apis.md §3.3. */
export const vcoPaths = {
  login: '/portal/rest/login/operatorLogin',
  edgeLinkStatus: '/portal/rest/monitoring/getEnterpriseEdgeLinkStatus', // V1
  linkMetrics: '/portal/rest/monitoring/getAggregateEdgeLinkMetrics', // V2
  events: '/portal/rest/event/getEnterpriseEvents', // V3
  enterpriseEdges: '/portal/rest/enterprise/getEnterpriseEdges', // V4
  configurationModules: '/portal/rest/edge/getEdgeConfigurationModules', // V5
  linkSeries: '/portal/rest/metrics/getEdgeLinkSeries', // V6
  networkEnterprises: '/portal/rest/network/getNetworkEnterprises', // V7
  gateways: '/portal/rest/network/getNetworkGateways', // V8
  gatewayStatusMetrics: '/portal/rest/metrics/getGatewayStatusMetrics', // V9
  aggregates: '/portal/rest/monitoring/getAggregates', // V10
} as const;
export type VcoPathName = keyof typeof vcoPaths;

/** Production VCO host names, in the order the lab uses them. */
export const VCO_HOST_NAMES = [
  'mettel.velocloud.net',
  'metvco02.mettel.net',
  'metvco03.mettel.net',
  'metvco04.mettel.net',
] as const;
