import { vcoEventMessages } from '@automation-engine/vendor-apis';
import type { FleetEdge, FleetLink } from '../fleet/fleet-types.js';
import type { NewVcoEvent } from './vco-event-log.js';

/** The VCO event an edge going down or up records (EDGE_DOWN / EDGE_UP). */
export function edgeStateEvent(args: { edge: FleetEdge; up: boolean; at: number }): NewVcoEvent {
  const { edge, up, at } = args;
  return {
    host: edge.host,
    enterpriseId: edge.enterpriseId,
    edgeId: edge.edgeId,
    eventTime: at,
    event: up ? 'EDGE_UP' : 'EDGE_DOWN',
    category: 'EDGE',
    severity: up ? 'NOTICE' : 'ERROR',
    message: up ? 'Edge is up' : 'Edge is down',
    edgeName: edge.name,
    enterpriseUsername: null,
    segmentName: null,
    detail: null,
  };
}

/** The VCO event a link dying or coming back records, with the exact message the engine parses. */
export function linkStateEvent(args: {
  edge: FleetEdge;
  link: FleetLink;
  up: boolean;
  at: number;
}): NewVcoEvent {
  const { edge, link, up, at } = args;
  return {
    host: edge.host,
    enterpriseId: edge.enterpriseId,
    edgeId: edge.edgeId,
    eventTime: at,
    event: up ? 'LINK_ALIVE' : 'LINK_DEAD',
    category: 'NETWORK',
    severity: up ? 'NOTICE' : 'ERROR',
    message: up
      ? vcoEventMessages.linkAlive(link.interface)
      : vcoEventMessages.linkDead(link.interface),
    edgeName: edge.name,
    enterpriseUsername: null,
    segmentName: null,
    detail: JSON.stringify({ logicalId: link.logicalId, internalId: link.internalId }),
  };
}
