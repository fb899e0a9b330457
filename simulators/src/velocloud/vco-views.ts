import type {
  VcoEdge,
  VcoEdgeLink,
  VcoEdgeLinkStatusRow,
  VcoWanModule,
} from '@automation-engine/vendor-apis';
import {
  enterpriseKey,
  type FleetEdge,
  type FleetEnterprise,
  type FleetLink,
} from '../fleet/fleet-types.js';
import type { LabContext } from '../lab-context.js';
import { formatVcoDate } from './vco-http.js';

/** The fleet and its runtime state as VeloCloud answers them. */

/** V1: one row per link (one row with null link fields for an edge without links). */
export function edgeLinkStatusRows(ctx: LabContext, edge: FleetEdge): VcoEdgeLinkStatusRow[] {
  const enterprise = enterpriseOf(ctx, edge);
  if (edge.links.length === 0) return [linkStatusRow({ ctx, edge, enterprise, link: null })];
  return edge.links.map((link) => linkStatusRow({ ctx, edge, enterprise, link }));
}

export function linkStatusRow(args: {
  ctx: LabContext;
  edge: FleetEdge;
  enterprise: FleetEnterprise | undefined;
  link: FleetLink | null;
}): VcoEdgeLinkStatusRow {
  const { ctx, edge, enterprise, link } = args;
  const { runtime } = ctx;
  const state = runtime.edge(edge);
  const upSince = runtime.upSince(edge);
  const site = ctx.fleet.index.siteById.get(edge.siteId);
  return {
    enterpriseName: enterprise?.name ?? '',
    enterpriseId: edge.enterpriseId,
    enterpriseProxyId: null,
    enterpriseProxyName: null,
    edgeName: edge.name,
    edgeState: state.edgeState,
    edgeSystemUpSince: upSince === null ? null : formatVcoDate(upSince),
    edgeServiceUpSince: upSince === null ? null : formatVcoDate(upSince + 45_000),
    edgeLastContact: formatVcoDate(runtime.lastContact(edge)),
    edgeId: edge.edgeId,
    edgeSerialNumber: edge.serial,
    edgeHASerialNumber: edge.ha?.serial ?? null,
    edgeModelNumber: edge.modelNumber,
    edgeLatitude: site?.latitude ?? null,
    edgeLongitude: site?.longitude ?? null,
    displayName: link?.displayName ?? null,
    isp: link?.isp ?? null,
    interface: link?.interface ?? null,
    internalId: link?.internalId ?? null,
    linkState: link === null ? null : runtime.effectiveLinkState(edge, link),
    linkLastActive: link === null ? null : formatVcoDate(runtime.linkLastActive(edge, link)),
    linkVpnState: link === null ? null : runtime.vpnState(edge, link),
    linkId: link?.linkId ?? null,
    linkIpAddress: link?.ipAddress ?? null,
  };
}

/** V4/V7: the standard edge object (links only when asked). */
export function vcoEdge(args: { ctx: LabContext; edge: FleetEdge; withLinks: boolean }): VcoEdge {
  const { ctx, edge, withLinks } = args;
  const { runtime } = ctx;
  const state = runtime.edge(edge);
  const upSince = runtime.upSince(edge);
  const lastContact = formatVcoDate(runtime.lastContact(edge));
  const view: VcoEdge = {
    id: edge.edgeId,
    enterpriseId: edge.enterpriseId,
    siteId: edge.vcoSiteId,
    serialNumber: edge.serial,
    modelNumber: edge.modelNumber,
    name: edge.name,
    edgeState: state.edgeState,
    activationState: edge.activated ? 'ACTIVATED' : 'PENDING',
    serviceState: edge.activated ? 'IN_SERVICE' : 'PENDING_SERVICE',
    haState: state.haState,
    haSerialNumber: edge.ha?.serial ?? null,
    haPreviousState: edge.ha === null ? 'UNCONFIGURED' : 'PENDING_INIT',
    lastContact,
    isHub: false,
    created: formatVcoDate(edge.createdAt),
    modified: formatVcoDate(Math.max(edge.createdAt, state.since)),
    softwareVersion: edge.softwareVersion,
    systemUpSince: upSince === null ? null : formatVcoDate(upSince),
    serviceUpSince: upSince === null ? null : formatVcoDate(upSince + 45_000),
  };
  if (withLinks) view.links = edge.links.map((link) => vcoEdgeLink(ctx, edge, link));
  return view;
}

function vcoEdgeLink(ctx: LabContext, edge: FleetEdge, link: FleetLink): VcoEdgeLink {
  const { runtime } = ctx;
  const state = runtime.effectiveLinkState(edge, link);
  const lastActive = formatVcoDate(runtime.linkLastActive(edge, link));
  return {
    id: link.linkId,
    edgeId: edge.edgeId,
    logicalId: link.logicalId,
    internalId: link.internalId,
    interface: link.interface,
    ipAddress: link.ipAddress,
    networkSide: 'WAN',
    networkType: link.networkType,
    state,
    vpnState: runtime.vpnState(edge, link),
    isp: link.isp,
    displayName: link.displayName,
    backupState: 'UNCONFIGURED',
    lastActive,
    lastEvent: lastActive,
    lastEventState: state,
    effectiveState: state,
  };
}

/** V5: the WAN configuration module (one entry per link). */
export function wanModule(edge: FleetEdge): VcoWanModule {
  return {
    version: String(edge.createdAt),
    schemaVersion: '4.2.0',
    type: 'ENTERPRISE',
    data: {
      networks: [],
      links: edge.links.map((link) => ({
        logicalId: link.logicalId,
        internalId: link.internalId,
        discovery: 'AUTO_DISCOVERED',
        mode: link.mode,
        type: link.type,
        name: link.displayName,
        isp: link.isp,
        publicIpAddress: link.ipAddress,
        interfaces: [link.interface],
      })),
    },
  };
}

export function enterpriseOf(ctx: LabContext, edge: FleetEdge): FleetEnterprise | undefined {
  return ctx.fleet.index.enterpriseByKey.get(enterpriseKey(edge.host, edge.enterpriseId));
}
